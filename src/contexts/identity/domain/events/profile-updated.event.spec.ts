import { ProfileCreated } from './profile-created.event';
import { ProfileUpdated } from './profile-updated.event';

const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('profile events', () => {
  it('ProfileUpdated travels as identity.profile-updated v1, keyed by the user id', () => {
    const event = new ProfileUpdated({
      userId: USER,
      displayName: 'Ada',
      bio: null,
      avatarUrl: null,
      locale: 'en-GB',
      timezone: 'UTC',
      socialLinks: { github: 'https://github.com/ada' },
      visibility: 'public',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'identity.profile-updated', version: 1, aggregateId: USER });
    expect(json.payload).toEqual(event.payload);
  });

  it('ProfileCreated travels as identity.profile-created v1, keyed by the user id', () => {
    const event = new ProfileCreated({ userId: USER, displayName: 'Ada', visibility: 'private', createdAt: '2026-01-01T00:00:00.000Z' });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'identity.profile-created', version: 1, aggregateId: USER });
    expect(json.payload).toEqual(event.payload);
  });
});
