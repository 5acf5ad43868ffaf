import { isUuid, newId } from './identifier';

describe('identifiers', () => {
  it('mints UUIDv7 ids that sort by creation', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every((id) => id[14] === '7' && isUuid(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  it('recognises only UUIDs', () => {
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(false);
    expect(isUuid('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162')).toBe(true);
  });
});
