import { givenFields, patched } from './patch';

describe('Patch', () => {
  it('drops the keys that hold undefined and keeps null and other falsy values', () => {
    expect(givenFields({ a: undefined, b: null, c: 0, d: '', e: false })).toEqual({ b: null, c: 0, d: '', e: false });
    expect(Object.keys(givenFields({ a: undefined }))).toEqual([]);
  });

  it('changes only the fields given: undefined keeps, null clears', () => {
    const state = { name: 'Ada', phone: '+1 555 0100' as string | null, email: 'ada@example.com' };

    expect(patched(state, { name: undefined, phone: null })).toEqual({ name: 'Ada', phone: null, email: 'ada@example.com' });
    expect(patched(state, {})).toEqual(state);
  });
});
