import { ProfileUpdated } from '../../domain/events/profile-updated.event';
import { Profile, ProfileInput } from '../../domain/profile/profile.aggregate';
import { InMemoryProfileRepository } from '../testing/in-memory-profile.repository';
import { UpdateProfile } from './update-profile.command';
import { UpdateProfileHandler } from './update-profile.handler';

const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const input: ProfileInput = {
  displayName: 'Ada Lovelace',
  timezone: 'Europe/London',
  socialLinks: { github: 'https://github.com/ada' },
  visibility: 'public',
};

describe('UpdateProfileHandler', () => {
  async function setUp(): Promise<{ repository: InMemoryProfileRepository; handler: UpdateProfileHandler }> {
    const repository = new InMemoryProfileRepository();
    await repository.save(Profile.create(USER, 'Ada'));
    repository.published.length = 0;
    repository.saves = 0;
    return { repository, handler: new UpdateProfileHandler(repository) };
  }

  it('saves the replaced profile with ProfileUpdated raised', async () => {
    const { repository, handler } = await setUp();
    await handler.execute(new UpdateProfile(USER, input));
    const saved = await repository.getById(USER);
    expect(saved).toMatchObject({ displayName: 'Ada Lovelace', timezone: 'Europe/London', visibility: 'public', version: 2 });
    expect(repository.published).toEqual([expect.any(ProfileUpdated)]);
  });

  it('does not save a profile sent unchanged, so its version stays', async () => {
    const { repository, handler } = await setUp();
    await handler.execute(new UpdateProfile(USER, input));
    await handler.execute(new UpdateProfile(USER, input));
    expect(repository.saves).toBe(1);
    expect((await repository.getById(USER)).version).toBe(2);
  });

  it('refuses a broken rule with its code and saves nothing', async () => {
    const { repository, handler } = await setUp();
    await expect(handler.execute(new UpdateProfile(USER, { ...input, avatarUrl: 'http://example.com/a.png' }))).rejects.toMatchObject({
      code: 'PROFILE_INVALID_AVATAR_URL',
    });
    expect(repository.saves).toBe(0);
  });

  it('refuses a user without a profile with PROFILE_NOT_FOUND', async () => {
    const { handler } = await setUp();
    await expect(handler.execute(new UpdateProfile('0190a5b0-7c4e-7d2a-9b3c-000000000000', input))).rejects.toMatchObject({
      code: 'PROFILE_NOT_FOUND',
    });
  });
});
