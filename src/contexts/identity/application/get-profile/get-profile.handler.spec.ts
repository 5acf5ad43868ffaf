import { Profile } from '../../domain/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile.errors';
import { ProfileRepository } from '../../domain/profile.repository';
import { GetProfile } from './get-profile.query';
import { GetProfileHandler } from './get-profile.handler';

describe('GetProfileHandler', () => {
  const stored = Profile.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: ProfileRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new ProfileNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetProfileHandler(repository);

  it('answers the stored profile', async () => {
    await expect(handler.execute(new GetProfile(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with PROFILE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetProfile('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });
});
