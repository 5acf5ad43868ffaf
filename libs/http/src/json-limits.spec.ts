import { exceededJsonLimit, JSON_LIMITS } from './json-limits';

const nested = (levels: number, open = '[', close = ']') => open.repeat(levels) + close.repeat(levels);
const limits = { depth: 5, values: 100 };

describe('exceededJsonLimit (the body limits, checked before parsing)', () => {
  it('accepts nesting up to the depth limit and refuses one level more', () => {
    expect(exceededJsonLimit(nested(JSON_LIMITS.depth))).toBeUndefined();
    expect(exceededJsonLimit(nested(JSON_LIMITS.depth + 1))).toBe('depth');
  });

  it('counts objects and arrays alike', () => {
    const mixed = '{"a":[{"b":[{"c":1}]}]}'; // 5 levels
    expect(exceededJsonLimit(mixed, limits)).toBeUndefined();
    expect(exceededJsonLimit(mixed, { ...limits, depth: 4 })).toBe('depth');
  });

  it('counts values side by side: containers and commas', () => {
    expect(exceededJsonLimit(`[${Array(100).fill(0).join(',')}]`, limits)).toBeUndefined(); // 1 + 99
    expect(exceededJsonLimit(`[${Array(101).fill(0).join(',')}]`, limits)).toBe('values');
    expect(exceededJsonLimit(`[${Array(60).fill('{}').join(',')}]`, limits)).toBe('values'); // 61 containers + 59 commas
  });

  it('ignores brackets and commas inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: '[[[[{{{{ \\" [[[[ ,,,,,,', quote: `say "[[[[" ${','.repeat(500)}` });
    expect(exceededJsonLimit(text, limits)).toBeUndefined();
  });

  it('finds the excess in a megabyte of nesting (half a million levels) without recursion', () => {
    expect(exceededJsonLimit(`{"refreshToken":${nested(500_000)}}`)).toBe('depth');
  });

  it('finds the excess in a megabyte of empty objects side by side', () => {
    expect(exceededJsonLimit(`{"junk":[${Array(300_000).fill('{}').join(',')}]}`)).toBe('values');
  });
});
