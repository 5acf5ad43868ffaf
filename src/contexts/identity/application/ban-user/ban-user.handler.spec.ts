import { UserBanned } from '../../contracts/user-banned.event';
import { User } from '../../domain/user.aggregate';
import { UserNotFound } from '../../domain/user.errors';
import { UserRepository } from '../../domain/user.repository';
import { BanUser } from './ban-user.command';
import { BanUserHandler } from './ban-user.handler';

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

describe('BanUserHandler', () => {
  const stored = () => User.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the user with UserBanned raised', async () => {
    const user = stored();
    const repository = inMemory(user);
    await new BanUserHandler(repository).execute(new BanUser(user.id));
    expect(repository.saved).toEqual([user]);
    const [event] = user.pullEvents();
    expect(event).toBeInstanceOf(UserBanned);
    expect(event.metadata.aggregateId).toBe(user.id);
  });

  it('refuses an unknown id with USER_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new BanUserHandler(repository).execute(new BanUser('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
