import { UserSuspended } from '../../domain/events/user-suspended.event';
import { Privileges } from '../../domain/role/privilege';
import { User } from '../../domain/user/user.aggregate';
import { ADMIN, SUPERADMIN, UNKNOWN_USER, actorFor, storedUser } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { SuspendUser } from './suspend-user.command';
import { SuspendUserHandler } from './suspend-user.handler';

describe('SuspendUserHandler', () => {
  let users: InMemoryUserRepository;
  let handler: SuspendUserHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    handler = new SuspendUserHandler(users, new Privileges(new InMemoryRoleRepository()));
  });

  /** A user in a state the action applies to: any active one. */
  function eligible(roles: string[] = ['user']): Promise<User> {
    return storedUser(users, roles);
  }

  it('suspends an active user, ending their sessions, and raises UserSuspended', async () => {
    const user = await eligible();
    await handler.execute(new SuspendUser(user.id, ADMIN));
    const saved = await users.getById(user.id);
    expect(saved.status).toBe('suspended');
    expect(saved.sessionEpoch).toBe(user.sessionEpoch + 1);
    expect(users.published).toEqual([expect.any(UserSuspended)]);
  });

  it('lets an admin suspend another admin', async () => {
    const admin = await eligible(['admin']);
    await handler.execute(new SuspendUser(admin.id, ADMIN));
    expect((await users.getById(admin.id)).status).toBe('suspended');
  });

  it('refuses a user who is not active with USER_INVALID_TRANSITION', async () => {
    const user = await eligible();
    await handler.execute(new SuspendUser(user.id, ADMIN));
    await expect(handler.execute(new SuspendUser(user.id, ADMIN))).rejects.toMatchObject({ code: 'USER_INVALID_TRANSITION' });
  });

  it("refuses a user whose roles reach beyond the actor's with PRIVILEGE_ESCALATION and saves nothing", async () => {
    const superadmin = await eligible(['superadmin']);
    await expect(handler.execute(new SuspendUser(superadmin.id, ADMIN))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
      kind: 'forbidden',
    });
    expect((await users.getById(superadmin.id)).version).toBe(superadmin.version);
    expect(users.published).toEqual([]);
  });

  it("refuses the actor's own account with USER_SELF_ACTION, even for a superadmin", async () => {
    const self = await eligible(['superadmin']);
    await expect(handler.execute(new SuspendUser(self.id, actorFor(self, ['*:*'])))).rejects.toMatchObject({ code: 'USER_SELF_ACTION' });
    expect(users.published).toEqual([]);
  });

  it('refuses an unknown id with USER_NOT_FOUND', async () => {
    await expect(handler.execute(new SuspendUser(UNKNOWN_USER, SUPERADMIN))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });
});
