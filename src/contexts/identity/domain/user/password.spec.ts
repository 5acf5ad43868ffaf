import { inspect } from 'node:util';
import { NewPassword } from './password';
import { PasswordTooCommon, PasswordTooLong, PasswordTooShort } from './password.errors';

describe('NewPassword', () => {
  it.each([
    ['8 characters', 'tr4in-ok'],
    ['128 characters', 'x'.repeat(128)],
    ['8 emoji (16 UTF-16 units)', '🐢'.repeat(8)],
    ['128 emoji (256 UTF-16 units)', '🐢'.repeat(128)],
    ['spaces', 'four words with spaces'],
    ['only lowercase letters, with no composition rules', 'quietharbourlamp'],
    ['any script', 'пароль-для-входа'],
  ])('accepts a password of %s', (_case, value) => {
    expect(NewPassword.of(value).value).toBe(value);
  });

  it('keeps the password exactly as typed: neither trimmed nor truncated', () => {
    expect(NewPassword.of('  padded passphrase  ').value).toBe('  padded passphrase  ');
  });

  it.each([
    ['7 characters', 'x'.repeat(7)],
    ['7 emoji, even though they are 14 UTF-16 units', '🐢'.repeat(7)],
    ['nothing', ''],
  ])('refuses a password of %s with PASSWORD_TOO_SHORT', (_case, value) => {
    expect(() => NewPassword.of(value)).toThrow(PasswordTooShort);
    expect(() => NewPassword.of(value)).toThrow(expect.objectContaining({ code: 'PASSWORD_TOO_SHORT', kind: 'invalid' }));
  });

  it.each([
    ['129 characters', 'x'.repeat(129)],
    ['129 emoji', '🐢'.repeat(129)],
  ])('refuses a password of %s with PASSWORD_TOO_LONG', (_case, value) => {
    expect(() => NewPassword.of(value)).toThrow(PasswordTooLong);
    expect(() => NewPassword.of(value)).toThrow(expect.objectContaining({ code: 'PASSWORD_TOO_LONG', kind: 'invalid' }));
  });

  it.each(['password', 'Password', 'FOOTBALL', 'qwertyuiop', 'iloveyou'])(
    'refuses the common password %s with PASSWORD_TOO_COMMON, whatever its case',
    (value) => {
      expect(() => NewPassword.of(value)).toThrow(PasswordTooCommon);
      expect(() => NewPassword.of(value)).toThrow(expect.objectContaining({ code: 'PASSWORD_TOO_COMMON', kind: 'invalid' }));
    },
  );

  it('checks the length first: a common password shorter than 8 is refused as too short', () => {
    expect(() => NewPassword.of('Dragon')).toThrow(PasswordTooShort);
  });

  it('never shows the password when turned into text', () => {
    const password = NewPassword.of('correct horse battery staple');
    expect(password.toString()).toBe('[password]');
    expect(`${password}`).toBe('[password]');
    expect(String(password)).not.toContain('horse');
    expect(JSON.stringify({ password })).toBe('{"password":"[password]"}');
    expect(inspect(password)).toBe('[password]');
    expect(password.value).toBe('correct horse battery staple');
  });
});
