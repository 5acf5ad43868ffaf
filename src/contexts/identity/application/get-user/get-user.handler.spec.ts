import { storedUser, UNKNOWN_USER } from '../testing/identity-fixtures';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { GetUser } from './get-user.query';
import { GetUserHandler } from './get-user.handler';

describe('GetUserHandler', () => {
  it('answers the stored user', async () => {
    const users = new InMemoryUserRepository();
    const stored = await storedUser(users, ['manager']);
    const found = await new GetUserHandler(users).execute(new GetUser(stored.id));
    expect(found).toMatchObject({ id: stored.id, roles: ['manager'], status: 'active' });
  });

  it('refuses an unknown id with USER_NOT_FOUND', async () => {
    await expect(new GetUserHandler(new InMemoryUserRepository()).execute(new GetUser(UNKNOWN_USER))).rejects.toMatchObject({
      code: 'USER_NOT_FOUND',
    });
  });
});
