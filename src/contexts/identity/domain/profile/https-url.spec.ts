import { checkHttpsUrl } from './https-url';

describe('checkHttpsUrl', () => {
  it('accepts an https URL and answers its normalised form', () => {
    expect(checkHttpsUrl(' https://Example.COM ')).toEqual({ ok: true, href: 'https://example.com/' });
    expect(checkHttpsUrl('https://example.com/a b?x=1')).toEqual({ ok: true, href: 'https://example.com/a%20b?x=1' });
  });

  it('accepts 2048 characters and refuses one more', () => {
    const base = 'https://example.com/';
    expect(checkHttpsUrl(base + 'a'.repeat(2048 - base.length)).ok).toBe(true);
    expect(checkHttpsUrl(base + 'a'.repeat(2049 - base.length))).toEqual({ ok: false, problem: 'has at most 2048 characters' });
  });

  it.each([
    ['plain http', 'http://example.com/a.png', 'must be an https:// URL'],
    ['a script', 'javascript:alert(1)', 'must be an https:// URL'],
    ['a relative path', '/a.png', 'is not an absolute URL'],
    ['credentials', 'https://user:secret@example.com/', 'must not contain a user name or password'],
  ])('refuses %s', (_case, value, problem) => {
    expect(checkHttpsUrl(value)).toEqual({ ok: false, problem });
  });

  it('refuses a URL whose encoded form outgrows the limit', () => {
    expect(checkHttpsUrl(`https://example.com/${' '.repeat(1000)}x`)).toEqual({
      ok: false,
      problem: 'has at most 2048 characters once encoded',
    });
  });
});
