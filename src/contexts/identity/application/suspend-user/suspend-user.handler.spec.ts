import { UserSuspended } from '../../contracts/user-suspended.event';
import { User } from '../../domain/user.aggregate';
import { UserNotFound } from '../../domain/user.errors';
import { UserRepository } from '../../domain/user.repository';
import { SuspendUser } from './suspend-user.command';
import { SuspendUserHandler } from './suspend-user.handler';

function inMemory(...stored: User[]): UserRepository & { saved: User[] } {
  const saved: User[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((user) => user.id === id);
      if (!found) throw new UserNotFound(id);
      return found;
    },
    save: async (user) => void saved.push(user),
  };
}

describe('SuspendUserHandler', () => {
  const stored = () => User.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the user with UserSuspended raised', async () => {
    const user = stored();
    const repository = inMemory(user);
    await new SuspendUserHandler(repository).execute(new SuspendUser(user.id));
    expect(repository.saved).toEqual([user]);
    const [event] = user.pullEvents();
    expect(event).toBeInstanceOf(UserSuspended);
    expect(event.metadata.aggregateId).toBe(user.id);
  });

  it('refuses an unknown id with USER_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new SuspendUserHandler(repository).execute(new SuspendUser('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
