import { Email, InvalidEmail, normalizeEmailText } from './email';

describe('Email', () => {
  it('keeps the address as given, trimmed', () => {
    expect(Email.of('  Ada@Example.com ').value).toBe('Ada@Example.com');
  });

  it('compares case-insensitively', () => {
    expect(Email.of('Ada@Example.com').equals(Email.of('ada@example.COM'))).toBe(true);
    expect(Email.of('ada@example.com').normalized).toBe('ada@example.com');
  });

  describe('normal form: NFC, then toLowerCase(), then NFC', () => {
    it('lower-cases a dotted capital I to i + combining dot above, and finds the address again from that form', () => {
      const email = Email.of('İvan@example.com');
      expect(email.normalized).toBe('i\u0307van@example.com');
      expect(Email.of(email.normalized).normalized).toBe(email.normalized);
      expect(email.equals(Email.of('İVAN@EXAMPLE.COM'))).toBe(true);
      // A different letter in Turkish: not the same address.
      expect(email.equals(Email.of('ivan@example.com'))).toBe(false);
    });

    it('keeps ß apart from ss (lower-casing, not case folding), and lower-cases the capital ẞ to ß', () => {
      expect(Email.of('straße@example.de').normalized).toBe('straße@example.de');
      expect(Email.of('STRAẞE@example.de').equals(Email.of('straße@example.de'))).toBe(true);
      expect(Email.of('strasse@example.de').equals(Email.of('straße@example.de'))).toBe(false);
    });

    it('lower-cases a word-final Σ to ς and any other Σ to σ, so an address typed in capitals finds its usual spelling', () => {
      expect(Email.of('ΟΔΟΣ@example.gr').normalized).toBe('οδος@example.gr');
      expect(Email.of('ΣΟΦΙΑ@example.gr').normalized).toBe('σοφια@example.gr');
      expect(Email.of('ΟΔΟΣ@example.gr').equals(Email.of('οδος@example.gr'))).toBe(true);
    });

    it('treats a decomposed (NFD) address as the composed (NFC) one, and keeps the typed form in NFC', () => {
      const composed = 'Jos\u00e9@example.com';
      const decomposed = 'Jose\u0301@example.com';
      expect(Email.of(decomposed).equals(Email.of(composed))).toBe(true);
      expect(Email.of(decomposed).normalized).toBe('jos\u00e9@example.com');
      expect(Email.of(decomposed).value).toBe(composed);
    });

    it('is idempotent: the normal form is its own normal form', () => {
      for (const typed of ['İvan@example.com', 'ΟΔΟΣ@example.gr', 'Jose\u0301@Example.com', 'STRAẞE@example.de']) {
        const { normalized } = Email.of(typed);
        expect(normalizeEmailText(normalized)).toBe(normalized);
      }
    });

    it('normalises search fragments the same way', () => {
      expect(normalizeEmailText('İVAN')).toBe('i\u0307van');
      expect(normalizeEmailText('Jose\u0301')).toBe('jos\u00e9');
    });

    it('refuses an address whose normal form no longer fits 254 characters (İ lower-cases to two)', () => {
      const ofLength = (length: number) =>
        `İ${'a'.repeat(20)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(length - 209)}.com`;
      expect(ofLength(253)).toHaveLength(253);
      expect(Email.of(ofLength(253)).normalized).toHaveLength(254);
      expect(() => Email.of(ofLength(254))).toThrow(InvalidEmail);
    });
  });

  it.each(['', 'ada', 'ada@', '@example.com', `${'a'.repeat(250)}@example.com`])('rejects %p', (value) => {
    expect(() => Email.of(value)).toThrow(InvalidEmail);
  });

  it('names the refused input in its message', () => {
    expect(() => Email.of('ada@')).toThrow('"ada@" is not a valid email address');
  });

  it('echoes only the first 64 characters of a long refused input', () => {
    const long = `${'x'.repeat(64)}${'y'.repeat(10_000)}`;
    const error = new InvalidEmail(long);
    expect(error.message).toBe(`"${'x'.repeat(64)}…" is not a valid email address`);
    expect(() => Email.of(long)).toThrow(error.message);
  });
});
