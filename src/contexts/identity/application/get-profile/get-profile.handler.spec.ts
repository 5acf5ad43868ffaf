import { Email } from '@promenade/ddd';
import { Profile } from '../../domain/profile/profile.aggregate';
import { User } from '../../domain/user/user.aggregate';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { InMemoryProfileRepository } from '../testing/in-memory-profile.repository';
import { GetProfile } from './get-profile.query';
import { GetProfileHandler } from './get-profile.handler';

const OWNER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const NOBODY = '0190a5b0-7c4e-7d2a-9b3c-000000000000';

describe('GetProfileHandler', () => {
  async function handlerWith(
    visibility: 'public' | 'private',
    ownerStatus: 'active' | 'suspended' | 'banned' = 'active',
  ): Promise<GetProfileHandler> {
    const owner = User.restore({
      id: OWNER,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      email: Email.of('ada@example.com'),
      passwordHash: 'hashed:x',
      status: ownerStatus,
      roles: ['user'],
      failedLogins: 0,
      sessionEpoch: 0,
    });
    const users = new InMemoryUserRepository().seed(owner);
    const profile = Profile.create(OWNER, 'Ada');
    profile.update({ displayName: 'Ada', visibility });
    const repository = new InMemoryProfileRepository();
    await repository.save(profile);
    return new GetProfileHandler(repository, users);
  }

  it("withdraws a suspended or banned user's public profile from everyone but its owner and staff", async () => {
    for (const status of ['suspended', 'banned'] as const) {
      const handler = await handlerWith('public', status);
      await expect(handler.execute(new GetProfile(OWNER, { readsPrivate: false }))).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
      await expect(handler.execute(new GetProfile(OWNER, { userId: OTHER, readsPrivate: false }))).rejects.toMatchObject({
        code: 'PROFILE_NOT_FOUND',
      });
      await expect(handler.execute(new GetProfile(OWNER, { userId: OWNER, readsPrivate: false }))).resolves.toMatchObject({ id: OWNER });
      await expect(handler.execute(new GetProfile(OWNER, { userId: OTHER, readsPrivate: true }))).resolves.toMatchObject({ id: OWNER });
    }
  });

  it('answers a public profile to an anonymous reader', async () => {
    const handler = await handlerWith('public');
    await expect(handler.execute(new GetProfile(OWNER, { readsPrivate: false }))).resolves.toMatchObject({
      id: OWNER,
      visibility: 'public',
    });
  });

  it('answers a private profile to its owner and to a reader allowed to read private profiles', async () => {
    const handler = await handlerWith('private');
    await expect(handler.execute(new GetProfile(OWNER, { userId: OWNER, readsPrivate: false }))).resolves.toMatchObject({ id: OWNER });
    await expect(handler.execute(new GetProfile(OWNER, { userId: OTHER, readsPrivate: true }))).resolves.toMatchObject({ id: OWNER });
  });

  it('hides a private profile from another user and from anonymous readers exactly as a missing one', async () => {
    const handler = await handlerWith('private');
    const hidden = await handler.execute(new GetProfile(OWNER, { userId: OTHER, readsPrivate: false })).catch((error: Error) => error);
    const anonymous = await handler.execute(new GetProfile(OWNER, { readsPrivate: false })).catch((error: Error) => error);
    const missing = await handler.execute(new GetProfile(NOBODY, { userId: OTHER, readsPrivate: false })).catch((error: Error) => error);
    expect(hidden).toMatchObject({ code: 'PROFILE_NOT_FOUND', kind: 'not_found' });
    expect(anonymous).toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    expect(missing).toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    expect((hidden as Error).message).toBe((missing as Error).message.replace(NOBODY, OWNER));
  });
});
