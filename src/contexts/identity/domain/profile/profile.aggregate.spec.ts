import { ProfileCreated } from '../events/profile-created.event';
import { ProfileUpdated } from '../events/profile-updated.event';
import { Profile, ProfileInput, ProfileState } from './profile.aggregate';

const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER = '0190a5b0-7c4e-7d2a-9b3c-000000000000';

const stored = (overrides: Partial<ProfileState> = {}): Profile =>
  Profile.restore({
    id: USER,
    version: 2,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    displayName: 'Ada',
    bio: null,
    avatarUrl: null,
    locale: null,
    timezone: null,
    socialLinks: {},
    visibility: 'private',
    ...overrides,
  });

const full: ProfileInput = {
  displayName: '  Ada Lovelace ',
  bio: 'Wrote the first program.\nLikes engines.',
  avatarUrl: 'https://example.com/ada.png',
  locale: 'en-gb',
  timezone: 'Europe/London',
  socialLinks: { mastodon: 'https://mathstodon.xyz/@ada', github: 'https://github.com/ada' },
  visibility: 'public',
};

describe('Profile', () => {
  describe('create', () => {
    it("is known by its user's id, private, with only the display name, and raises ProfileCreated", () => {
      const profile = Profile.create(USER, ' Ada ', new Date('2026-01-01T00:00:00Z'));
      expect(profile.isNew).toBe(true);
      expect(profile.id).toBe(USER);
      expect(profile).toMatchObject({
        displayName: 'Ada',
        bio: null,
        avatarUrl: null,
        locale: null,
        timezone: null,
        socialLinks: {},
        visibility: 'private',
      });
      const [event] = profile.pullEvents();
      expect(event).toBeInstanceOf(ProfileCreated);
      expect(event.eventName).toBe('identity.profile-created');
      expect(event.metadata.aggregateId).toBe(USER);
      expect((event as ProfileCreated).payload).toEqual({
        userId: USER,
        displayName: 'Ada',
        visibility: 'private',
        createdAt: '2026-01-01T00:00:00.000Z',
      });
    });

    it('refuses a blank display name with PROFILE_INVALID_DISPLAY_NAME', () => {
      expect(() => Profile.create(USER, '   ')).toThrow(expect.objectContaining({ code: 'PROFILE_INVALID_DISPLAY_NAME', kind: 'invalid' }));
    });
  });

  it('is restored as stored, raising nothing', () => {
    const profile = stored({ version: 3, locale: 'xx-gone' });
    expect(profile.version).toBe(3);
    expect(profile.locale).toBe('xx-gone');
    expect(profile.pullEvents()).toEqual([]);
  });

  describe('update', () => {
    it('replaces every editable field with its checked, canonical form and raises ProfileUpdated with the whole profile', () => {
      const profile = stored();
      expect(profile.update(full, new Date('2026-02-01T00:00:00Z'))).toBe(true);
      const expected = {
        displayName: 'Ada Lovelace',
        bio: 'Wrote the first program.\nLikes engines.',
        avatarUrl: 'https://example.com/ada.png',
        locale: 'en-GB',
        timezone: 'Europe/London',
        socialLinks: { github: 'https://github.com/ada', mastodon: 'https://mathstodon.xyz/@ada' },
        visibility: 'public',
      };
      expect(profile).toMatchObject(expected);
      expect(Object.keys(profile.socialLinks)).toEqual(['github', 'mastodon']);
      const [event] = profile.pullEvents();
      expect(event).toBeInstanceOf(ProfileUpdated);
      expect(event.eventName).toBe('identity.profile-updated');
      expect((event as ProfileUpdated).payload).toEqual({ userId: USER, ...expected, updatedAt: '2026-02-01T00:00:00.000Z' });
    });

    it('clears optional fields left out, sent as null or blank (PUT semantics)', () => {
      const profile = stored({
        bio: 'old',
        avatarUrl: 'https://example.com/a.png',
        locale: 'fr',
        timezone: 'UTC',
        socialLinks: { github: 'https://github.com/a' },
      });
      profile.update({ displayName: 'Ada', bio: '  ', avatarUrl: null, locale: '', visibility: 'private' });
      expect(profile).toMatchObject({ bio: null, avatarUrl: null, locale: null, timezone: null, socialLinks: {} });
    });

    it('answers false and raises nothing when the profile is sent unchanged', () => {
      const profile = stored();
      profile.update(full);
      profile.pullEvents();
      expect(profile.update({ ...full, socialLinks: { github: 'https://github.com/ada', mastodon: 'https://mathstodon.xyz/@ada' } })).toBe(
        false,
      );
      expect(profile.pullEvents()).toEqual([]);
    });

    it('changes nothing when a field breaks its rule', () => {
      const profile = stored();
      expect(() => profile.update({ ...full, timezone: 'Mars/Olympus' })).toThrow(
        expect.objectContaining({ code: 'PROFILE_INVALID_TIMEZONE' }),
      );
      expect(profile.displayName).toBe('Ada');
      expect(profile.pullEvents()).toEqual([]);
    });

    it.each([
      ['displayName', { displayName: '' }, 'PROFILE_INVALID_DISPLAY_NAME'],
      ['bio', { bio: 'x'.repeat(1001) }, 'PROFILE_INVALID_BIO'],
      ['avatarUrl', { avatarUrl: 'http://example.com/a.png' }, 'PROFILE_INVALID_AVATAR_URL'],
      ['locale', { locale: 'not a locale' }, 'PROFILE_INVALID_LOCALE'],
      ['timezone', { timezone: 'Europe/Atlantis' }, 'PROFILE_INVALID_TIMEZONE'],
      ['socialLinks', { socialLinks: { GitHub: 'https://github.com/ada' } }, 'PROFILE_INVALID_SOCIAL_LINKS'],
    ])('refuses an invalid %s with its code', (_field, change, code) => {
      expect(() => stored().update({ ...full, ...change })).toThrow(expect.objectContaining({ code, kind: 'invalid' }));
    });
  });

  describe('isVisibleTo', () => {
    it('shows a public profile to anyone, anonymous included', () => {
      expect(stored({ visibility: 'public' }).isVisibleTo({ readsPrivate: false })).toBe(true);
      expect(stored({ visibility: 'public' }).isVisibleTo({ userId: OTHER, readsPrivate: false })).toBe(true);
    });

    it('shows a private profile to its owner and to a reader allowed to read private profiles', () => {
      expect(stored().isVisibleTo({ userId: USER, readsPrivate: false })).toBe(true);
      expect(stored().isVisibleTo({ userId: OTHER, readsPrivate: true })).toBe(true);
    });

    it('hides a private profile from another user and from an anonymous reader', () => {
      expect(stored().isVisibleTo({ userId: OTHER, readsPrivate: false })).toBe(false);
      expect(stored().isVisibleTo({ readsPrivate: false })).toBe(false);
    });
  });
});
