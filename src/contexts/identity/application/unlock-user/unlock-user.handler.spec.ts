import { UserUnlocked } from '../../domain/events/user-unlocked.event';
import { Privileges } from '../../domain/role/privilege';
import { User } from '../../domain/user/user.aggregate';
import { ADMIN, SUPERADMIN, UNKNOWN_USER, actorFor, storedUser } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { UnlockUser } from './unlock-user.command';
import { UnlockUserHandler } from './unlock-user.handler';

describe('UnlockUserHandler', () => {
  let users: InMemoryUserRepository;
  let handler: UnlockUserHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    handler = new UnlockUserHandler(users, new Privileges(new InMemoryRoleRepository()));
  });

  /** A user in a state the action applies to: locked by failed logins. */
  async function eligible(roles: string[] = ['user']): Promise<User> {
    const user = await storedUser(users, roles);
    for (let i = 0; i < 5; i++) user.recordFailedLogin({ maxFailures: 5, lockMinutes: 15 });
    await users.save(user);
    users.published.length = 0;
    return users.getById(user.id);
  }

  it('ends the lock of a locked user and raises UserUnlocked', async () => {
    const user = await eligible();
    expect(user.isLocked()).toBe(true);
    await handler.execute(new UnlockUser(user.id, ADMIN));
    const saved = await users.getById(user.id);
    expect(saved.isLocked()).toBe(false);
    expect(saved.lockedUntil).toBeUndefined();
    expect(users.published).toEqual([expect.any(UserUnlocked)]);
  });

  it('refuses a user who is not locked with USER_NOT_LOCKED', async () => {
    const user = await storedUser(users);
    await expect(handler.execute(new UnlockUser(user.id, ADMIN))).rejects.toMatchObject({ code: 'USER_NOT_LOCKED' });
  });

  it("refuses a user whose roles reach beyond the actor's with PRIVILEGE_ESCALATION and saves nothing", async () => {
    const superadmin = await eligible(['superadmin']);
    await expect(handler.execute(new UnlockUser(superadmin.id, ADMIN))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
      kind: 'forbidden',
    });
    expect((await users.getById(superadmin.id)).version).toBe(superadmin.version);
    expect(users.published).toEqual([]);
  });

  it("refuses the actor's own account with USER_SELF_ACTION, even for a superadmin", async () => {
    const self = await eligible(['superadmin']);
    await expect(handler.execute(new UnlockUser(self.id, actorFor(self, ['*:*'])))).rejects.toMatchObject({ code: 'USER_SELF_ACTION' });
    expect(users.published).toEqual([]);
  });

  it('refuses an unknown id with USER_NOT_FOUND', async () => {
    await expect(handler.execute(new UnlockUser(UNKNOWN_USER, SUPERADMIN))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });
});
