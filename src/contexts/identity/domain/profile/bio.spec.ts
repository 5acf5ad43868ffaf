import { Bio } from './bio';

describe('Bio', () => {
  it('keeps paragraphs and tabs, trimmed at both ends', () => {
    expect(Bio.of('\n First line.\n\n\tSecond.  ').value).toBe('First line.\n\n\tSecond.');
  });

  it('allows exactly 1000 characters', () => {
    expect(Bio.of('é'.repeat(1000)).value).toHaveLength(1000);
  });

  it.each([
    ['longer than 1000 characters', 'a'.repeat(1001)],
    ['carrying a control character', 'hidden\u0000text'],
  ])('refuses a bio %s with PROFILE_INVALID_BIO', (_case, value) => {
    expect(() => Bio.of(value)).toThrow(expect.objectContaining({ code: 'PROFILE_INVALID_BIO', kind: 'invalid' }));
  });
});
