import { UserActivated } from '../../domain/events/user-activated.event';
import { Privileges } from '../../domain/role/privilege';
import { User } from '../../domain/user/user.aggregate';
import { ADMIN, SUPERADMIN, UNKNOWN_USER, actorFor, storedUser } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { ActivateUser } from './activate-user.command';
import { ActivateUserHandler } from './activate-user.handler';

describe('ActivateUserHandler', () => {
  let users: InMemoryUserRepository;
  let handler: ActivateUserHandler;

  beforeEach(() => {
    users = new InMemoryUserRepository();
    handler = new ActivateUserHandler(users, new Privileges(new InMemoryRoleRepository()));
  });

  /** A user in a state the action applies to: suspended. */
  async function eligible(roles: string[] = ['user']): Promise<User> {
    const user = await storedUser(users, roles);
    user.suspend();
    await users.save(user);
    users.published.length = 0;
    return users.getById(user.id);
  }

  it('activates a suspended user and raises UserActivated', async () => {
    const user = await eligible();
    await handler.execute(new ActivateUser(user.id, ADMIN));
    expect((await users.getById(user.id)).status).toBe('active');
    expect(users.published).toEqual([expect.any(UserActivated)]);
  });

  it('refuses a user who is already active with USER_INVALID_TRANSITION', async () => {
    const user = await storedUser(users);
    await expect(handler.execute(new ActivateUser(user.id, ADMIN))).rejects.toMatchObject({ code: 'USER_INVALID_TRANSITION' });
  });

  it("refuses a user whose roles reach beyond the actor's with PRIVILEGE_ESCALATION and saves nothing", async () => {
    const superadmin = await eligible(['superadmin']);
    await expect(handler.execute(new ActivateUser(superadmin.id, ADMIN))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
      kind: 'forbidden',
    });
    expect((await users.getById(superadmin.id)).version).toBe(superadmin.version);
    expect(users.published).toEqual([]);
  });

  it("refuses the actor's own account with USER_SELF_ACTION, even for a superadmin", async () => {
    const self = await eligible(['superadmin']);
    await expect(handler.execute(new ActivateUser(self.id, actorFor(self, ['*:*'])))).rejects.toMatchObject({ code: 'USER_SELF_ACTION' });
    expect(users.published).toEqual([]);
  });

  it('refuses an unknown id with USER_NOT_FOUND', async () => {
    await expect(handler.execute(new ActivateUser(UNKNOWN_USER, SUPERADMIN))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });
});
