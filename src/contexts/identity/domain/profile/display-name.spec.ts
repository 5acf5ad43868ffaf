import { DisplayName } from './display-name';

describe('DisplayName', () => {
  it('keeps a name trimmed', () => {
    expect(DisplayName.of('  Ada Lovelace \t').value).toBe('Ada Lovelace');
  });

  it('counts characters, not UTF-16 units: 100 emoji are allowed', () => {
    expect(DisplayName.of('😀'.repeat(100)).value).toHaveLength(200);
  });

  it.each([
    ['blank', '  '],
    ['longer than 100 characters', 'a'.repeat(101)],
    ['split over lines', 'Ada\nLovelace'],
    ['carrying a control character', 'Ada\u0007'],
  ])('refuses a name %s with PROFILE_INVALID_DISPLAY_NAME', (_case, value) => {
    expect(() => DisplayName.of(value)).toThrow(expect.objectContaining({ code: 'PROFILE_INVALID_DISPLAY_NAME', kind: 'invalid' }));
  });
});
