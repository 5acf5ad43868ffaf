import { User } from '../../domain/user.aggregate';
import { UserNotFound } from '../../domain/user.errors';
import { UserRepository } from '../../domain/user.repository';
import { GetUser } from './get-user.query';
import { GetUserHandler } from './get-user.handler';

describe('GetUserHandler', () => {
  const stored = User.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: UserRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new UserNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetUserHandler(repository);

  it('answers the stored user', async () => {
    await expect(handler.execute(new GetUser(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with USER_NOT_FOUND', async () => {
    await expect(handler.execute(new GetUser('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });
});
