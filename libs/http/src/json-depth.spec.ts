import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';

const nested = (levels: number, open = '[', close = ']') => open.repeat(levels) + close.repeat(levels);

describe('nestsDeeperThan (the body depth limit, checked before parsing)', () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  });

  it('counts objects and arrays alike', () => {
    const mixed = '{"a":[{"b":[{"c":1}]}]}'; // 5 levels
    expect(nestsDeeperThan(mixed, 5)).toBe(false);
    expect(nestsDeeperThan(mixed, 4)).toBe(true);
  });

  it('measures depth, not the number of containers side by side', () => {
    const wide = `[${Array.from({ length: 10_000 }, () => '[1]').join(',')}]`;
    expect(nestsDeeperThan(wide, 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: '[[[[{{{{ \\" [[[[', quote: 'say "[[[["' });
    expect(nestsDeeperThan(text, 1)).toBe(false);
  });

  it('finds the excess in a megabyte of nesting (half a million levels) without recursion', () => {
    const attack = `{"refreshToken":${nested(500_000)}}`;
    expect(nestsDeeperThan(attack, MAX_JSON_DEPTH)).toBe(true);
  });
});
