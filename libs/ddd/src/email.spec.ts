import { Email, InvalidEmail } from './email';

describe('Email', () => {
  it('keeps the address as given, trimmed', () => {
    expect(Email.of('  Ada@Example.com ').value).toBe('Ada@Example.com');
  });

  it('compares case-insensitively', () => {
    expect(Email.of('Ada@Example.com').equals(Email.of('ada@example.COM'))).toBe(true);
    expect(Email.of('ada@example.com').normalized).toBe('ada@example.com');
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
