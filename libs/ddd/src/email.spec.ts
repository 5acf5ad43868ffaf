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
});
