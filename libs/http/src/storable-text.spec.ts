import { findUnstorableText, isStorableText, mayHoldUnstorableText } from './storable-text';

describe('isStorableText (what PostgreSQL text and jsonb can hold)', () => {
  it.each([
    ['plain text', 'Kyiv', true],
    ['astral characters (a valid surrogate pair)', 'emoji 😀 𝄞', true],
    ['a NUL character', 'a\u0000b', false],
    ['a lone high surrogate', 'x\ud800', false],
    ['a lone low surrogate', '\udc00y', false],
    ['surrogates in the wrong order', '\udc00\ud800', false],
  ])('%s → %s', (_, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });
});

describe('findUnstorableText (names the field, as validation does)', () => {
  it('answers nothing for storable values of any shape', () => {
    expect(findUnstorableText({ a: 'x', b: [1, true, null, { c: 'ok' }] })).toBeUndefined();
    expect(findUnstorableText(undefined)).toBeUndefined();
    expect(findUnstorableText('fine')).toBeUndefined();
  });

  it('names a nested field by its path', () => {
    const body = { currency: 'EUR', lines: [{ sku: 'A' }, { sku: 'B\u0000' }] };
    expect(findUnstorableText(body)).toEqual({ field: 'lines.1.sku', message: expect.stringContaining('NUL') });
  });

  it('names a field holding a lone surrogate', () => {
    expect(findUnstorableText({ displayName: '\ud800' })).toEqual({ field: 'displayName', message: expect.stringContaining('surrogate') });
  });

  it('refuses a field name the database could not store either', () => {
    expect(findUnstorableText({ 'bad\u0000key': 1 })?.field).toBe('bad\u0000key');
  });

  it('checks a bare string body', () => {
    expect(findUnstorableText('\u0000')).toEqual({ field: '', message: expect.stringContaining('the body') });
  });
});

describe('mayHoldUnstorableText (the one pass that spares clean bodies the walk)', () => {
  it.each([
    ['{"a":"plain"}', false],
    ['{"a":"emoji 😀 written raw"}', false],
    ['{"a":"\\u00e9 an ordinary escape"}', false],
    ['{"a":"\\u0000"}', true],
    ['{"a":"\\uD800"}', true],
    ['{"a":"\\udfff"}', true],
  ])('%s → %s', (json, suspicious) => {
    expect(mayHoldUnstorableText(json)).toBe(suspicious);
  });

  it('flags every body JSON.parse can turn into unstorable text', () => {
    for (const text of ['\u0000', '\ud800', 'x\udc00']) {
      const json = JSON.stringify({ field: text }); // JSON.stringify writes NUL and lone surrogates as escapes
      expect(mayHoldUnstorableText(json)).toBe(true);
      expect(findUnstorableText(JSON.parse(json))?.field).toBe('field');
    }
  });
});

describe('findUnstorableText on wide values', () => {
  it('walks a quarter of a million elements without recursion or a spread, and names the one at the end', () => {
    const items: unknown[] = Array.from({ length: 250_000 }, (_, i) => (i % 2 ? { x: 'ok' } : 'ok'));
    items.push('bad\u0000');
    expect(findUnstorableText({ items })?.field).toBe('items.250000');
  });
});
