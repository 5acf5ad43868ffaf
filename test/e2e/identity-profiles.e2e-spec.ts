import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const ME = '/api/v1/identity/profiles/me';
const profileOf = (userId: string) => `/api/v1/identity/profiles/${userId}`;

const fullProfile = {
  displayName: '  Ada Lovelace ',
  bio: 'Wrote the first program.',
  avatarUrl: 'https://example.com/ada.png',
  locale: 'en-gb',
  timezone: 'Europe/London',
  socialLinks: { mastodon: 'https://mathstodon.xyz/@ada', github: 'https://github.com/ada' },
  visibility: 'public',
};

describe('Identity: profiles through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
  });

  afterAll(() => testApp?.close());

  async function signUpWithProfile(visibility: 'public' | 'private', options: { roles?: string[] } = {}): Promise<SignedIn> {
    const user = await signUp(testApp, options);
    await http.put(ME).set(user.headers).send({ displayName: 'Someone', visibility }).expect(200);
    return user;
  }

  describe('your own profile', () => {
    it('is made at registration: private, with the display name given there', async () => {
      const user = await signUp(testApp);
      const { body } = await http.get(ME).set(user.headers).expect(200);
      expect(body).toEqual({
        userId: user.userId,
        displayName: 'Test User',
        bio: null,
        avatarUrl: null,
        locale: null,
        timezone: null,
        socialLinks: {},
        visibility: 'private',
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('is replaced whole by PUT, each value in its canonical form, and read back as saved', async () => {
      const user = await signUp(testApp);
      const { body: replaced } = await http.put(ME).set(user.headers).send(fullProfile).expect(200);
      expect(replaced).toMatchObject({
        userId: user.userId,
        displayName: 'Ada Lovelace',
        bio: 'Wrote the first program.',
        avatarUrl: 'https://example.com/ada.png',
        locale: 'en-GB',
        timezone: 'Europe/London',
        socialLinks: { github: 'https://github.com/ada', mastodon: 'https://mathstodon.xyz/@ada' },
        visibility: 'public',
        version: 2,
      });
      const { body: read } = await http.get(ME).set(user.headers).expect(200);
      expect(read).toEqual(replaced);
    });

    it('stores a time zone alias under its current tzdb name', async () => {
      const user = await signUp(testApp);
      const { body: kyiv } = await http
        .put(ME)
        .set(user.headers)
        .send({ ...fullProfile, timezone: 'europe/kiev' })
        .expect(200);
      expect(kyiv.timezone).toBe('Europe/Kyiv');
      const { body: kolkata } = await http
        .put(ME)
        .set(user.headers)
        .send({ ...fullProfile, timezone: 'Asia/Kolkata' })
        .expect(200);
      expect(kolkata.timezone).toBe('Asia/Kolkata');
    });

    it('raises identity.profile-updated once, keeps its version when sent unchanged, and clears the optional fields a PUT leaves out', async () => {
      const user = await signUp(testApp);
      await http.put(ME).set(user.headers).send(fullProfile).expect(200);
      const { body: again } = await http.put(ME).set(user.headers).send(fullProfile).expect(200);
      expect(again.version).toBe(2);
      const events = await testApp.app
        .get(DataSource)
        .query(`SELECT envelope FROM messaging.outbox WHERE aggregate_id = $1 AND event_name LIKE 'identity.profile-%' ORDER BY id`, [
          user.userId,
        ]);
      expect(events.map((row: any) => row.envelope.name)).toEqual(['identity.profile-created', 'identity.profile-updated']);
      expect(events[1].envelope.payload).toMatchObject({
        userId: user.userId,
        displayName: 'Ada Lovelace',
        locale: 'en-GB',
        visibility: 'public',
      });

      const { body: cleared } = await http
        .put(ME)
        .set(user.headers)
        .send({ displayName: 'Ada', bio: null, visibility: 'private' })
        .expect(200);
      expect(cleared).toMatchObject({
        displayName: 'Ada',
        bio: null,
        avatarUrl: null,
        locale: null,
        timezone: null,
        socialLinks: {},
        visibility: 'private',
        version: 3,
      });
    });

    it('answers 401 problem+json without a token', async () => {
      expectProblem(await http.get(ME), 401, 'UNAUTHENTICATED');
      expectProblem(await http.put(ME).send(fullProfile), 401, 'UNAUTHENTICATED');
    });
  });

  describe('validation', () => {
    let user: SignedIn;
    let before: unknown;

    beforeAll(async () => {
      user = await signUp(testApp);
      before = (await http.get(ME).set(user.headers).expect(200)).body;
    });

    afterEach(async () => {
      // A refused PUT changes nothing.
      expect((await http.get(ME).set(user.headers).expect(200)).body).toEqual(before);
    });

    it.each([
      ['an unknown time zone', { timezone: 'Mars/Olympus_Mons' }, 'PROFILE_INVALID_TIMEZONE'],
      ['an http:// avatar', { avatarUrl: 'http://example.com/ada.png' }, 'PROFILE_INVALID_AVATAR_URL'],
      [
        'eleven social links',
        { socialLinks: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`net${i}`, `https://example.com/${i}`])) },
        'PROFILE_INVALID_SOCIAL_LINKS',
      ],
      ['a social network with capitals', { socialLinks: { GitHub: 'https://github.com/ada' } }, 'PROFILE_INVALID_SOCIAL_LINKS'],
      ['a malformed locale', { locale: 'en_US' }, 'PROFILE_INVALID_LOCALE'],
      ['a blank display name', { displayName: '   ' }, 'PROFILE_INVALID_DISPLAY_NAME'],
      ['a bio over 1000 characters', { bio: 'x'.repeat(1001) }, 'PROFILE_INVALID_BIO'],
    ])('refuses %s with 422 and its code', async (_case, change, code) => {
      const response = await http
        .put(ME)
        .set(user.headers)
        .send({ ...fullProfile, ...change });
      expectProblem(response, 422, code);
      expect(response.body.detail).toEqual(expect.any(String));
    });

    it.each([
      ['a display name that is not a string', { displayName: 42 }, 'displayName'],
      ['a missing visibility', { visibility: undefined }, 'visibility'],
      ['an unknown visibility', { visibility: 'friends' }, 'visibility'],
      ['social links that are not strings', { socialLinks: { github: 1 } }, 'socialLinks'],
      ['social links as a list', { socialLinks: ['https://github.com/ada'] }, 'socialLinks'],
      ['an unknown field', { website: 'https://example.com' }, 'website'],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_case, change, field) => {
      const response = await http
        .put(ME)
        .set(user.headers)
        .send({ ...fullProfile, ...change });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe("someone's profile by user id", () => {
    let owner: SignedIn;
    let other: SignedIn;

    beforeAll(async () => {
      owner = await signUpWithProfile('private');
      other = await signUp(testApp);
    });

    it('answers a public profile to anyone, without a token or with an invalid one', async () => {
      const author = await signUpWithProfile('public');
      const { body } = await http.get(profileOf(author.userId)).expect(200);
      expect(body).toMatchObject({ userId: author.userId, displayName: 'Someone', visibility: 'public' });
      await http.get(profileOf(author.userId)).set('authorization', 'Bearer not-a-token').expect(200);
      await http.get(profileOf(author.userId)).set(other.headers).expect(200);
    });

    it('answers a private profile to its owner', async () => {
      const { body } = await http.get(profileOf(owner.userId)).set(owner.headers).expect(200);
      expect(body).toMatchObject({ userId: owner.userId, visibility: 'private' });
    });

    it('answers a private profile to a manager, who holds profiles:read', async () => {
      const manager = await signUp(testApp, { roles: ['manager'] });
      const { body } = await http.get(profileOf(owner.userId)).set(manager.headers).expect(200);
      expect(body).toMatchObject({ userId: owner.userId, visibility: 'private' });
    });

    it('hides a private profile from another user and from anonymous callers with the 404 of a missing one', async () => {
      const missing = await http.get(profileOf(UNKNOWN)).set(other.headers);
      expectProblem(missing, 404, 'PROFILE_NOT_FOUND');
      for (const response of [await http.get(profileOf(owner.userId)).set(other.headers), await http.get(profileOf(owner.userId))]) {
        expectProblem(response, 404, 'PROFILE_NOT_FOUND');
        const { instance, detail, requestId: _requestId, ...rest } = response.body;
        const { instance: _i, detail: missingDetail, requestId: _r, ...missingRest } = missing.body;
        expect(rest).toEqual(missingRest);
        expect(detail).toBe(missingDetail.replace(UNKNOWN, owner.userId));
        expect(instance).toBe(profileOf(owner.userId));
      }
    });

    it('refuses an id that is not a UUID with 400', async () => {
      expectProblem(await http.get(profileOf('not-a-uuid')), 400, 'VALIDATION_FAILED');
    });
  });

  it('documents the public route as readable with or without a token, and the 404 that hides private profiles', async () => {
    const { body: doc } = await http.get('/docs-json').expect(200);
    const operation = doc.paths['/api/v1/identity/profiles/{userId}'].get;
    expect(operation.security).toEqual(expect.arrayContaining([{}, { bearer: [] }]));
    expect(operation.responses['404'].description).toContain('PROFILE_NOT_FOUND');
    expect(operation.description).toContain('profiles:read');
    const replace = doc.paths['/api/v1/identity/profiles/me'].put;
    expect(replace['x-permission']).toBe('account:update');
    expect(replace.responses['422'].description).toContain('PROFILE_INVALID_TIMEZONE');
  });
});
