import { AvatarUrl } from './avatar-url';

describe('AvatarUrl', () => {
  it('keeps an https URL in its normalised form', () => {
    expect(AvatarUrl.of('https://CDN.example.com/ada.png').value).toBe('https://cdn.example.com/ada.png');
  });

  it('refuses a non-https URL with PROFILE_INVALID_AVATAR_URL, saying why', () => {
    expect(() => AvatarUrl.of('http://example.com/ada.png')).toThrow(
      expect.objectContaining({ code: 'PROFILE_INVALID_AVATAR_URL', kind: 'invalid', message: 'avatarUrl must be an https:// URL' }),
    );
  });
});
