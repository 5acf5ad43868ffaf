import { validate, version } from 'uuid';
import { newId } from './identifier';

describe('identifiers', () => {
  it('mints UUIDv7 ids that sort by creation', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every((id) => validate(id) && version(id) === 7)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});
