import { ProfileCreated } from '../contracts/profile-created.event';
import { Profile } from './profile.aggregate';

describe('Profile', () => {
  it('is created with a new id and raises ProfileCreated', () => {
    const profile = Profile.create(new Date('2026-01-01T00:00:00Z'));
    expect(profile.isNew).toBe(true);
    const [event] = profile.pullEvents();
    expect(event).toBeInstanceOf(ProfileCreated);
    expect(event.eventName).toBe('identity.profile-created');
    expect((event as ProfileCreated).payload).toEqual({ profileId: profile.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const profile = Profile.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(profile.version).toBe(3);
    expect(profile.pullEvents()).toEqual([]);
  });
});
