import { UserRolesChanged } from '../../domain/events/user-roles-changed.event';
import { Privileges } from '../../domain/role/privilege';
import { Role } from '../../domain/role/role.aggregate';
import { ADMIN, SUPERADMIN, UNKNOWN_USER, actorFor, storedUser } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { AssignUserRoles } from './assign-user-roles.command';
import { AssignUserRolesHandler } from './assign-user-roles.handler';

describe('AssignUserRolesHandler', () => {
  let users: InMemoryUserRepository;
  let roles: InMemoryRoleRepository;
  let handler: AssignUserRolesHandler;

  beforeEach(async () => {
    users = new InMemoryUserRepository();
    roles = new InMemoryRoleRepository();
    handler = new AssignUserRolesHandler(users, roles, new Privileges(roles));
    await roles.save(Role.create({ name: 'support-agent', description: '', permissions: ['users:read', 'orders:read:any'] }));
  });

  it("replaces the user's roles with system and custom ones, sorted, and raises UserRolesChanged", async () => {
    const user = await storedUser(users);
    await handler.execute(new AssignUserRoles(user.id, ['user', 'support-agent'], ADMIN));
    expect((await users.getById(user.id)).roles).toEqual(['support-agent', 'user']);
    expect(users.published).toEqual([expect.any(UserRolesChanged)]);
    expect((users.published[0] as UserRolesChanged).payload.roles).toEqual(['support-agent', 'user']);
  });

  it('refuses roles that do not exist with ROLE_UNKNOWN, naming them, and changes nothing', async () => {
    const user = await storedUser(users);
    const attempt = handler.execute(new AssignUserRoles(user.id, ['user', 'ghost', 'phantom'], ADMIN));
    await expect(attempt).rejects.toMatchObject({ code: 'ROLE_UNKNOWN', kind: 'invalid', message: 'no such role: ghost, phantom' });
    expect((await users.getById(user.id)).roles).toEqual(['user']);
    expect(users.published).toEqual([]);
  });

  it('keeps an admin from making a superadmin (PRIVILEGE_ESCALATION), and lets a superadmin do it', async () => {
    const user = await storedUser(users);
    await expect(handler.execute(new AssignUserRoles(user.id, ['superadmin'], ADMIN))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
      kind: 'forbidden',
    });
    expect((await users.getById(user.id)).roles).toEqual(['user']);

    await handler.execute(new AssignUserRoles(user.id, ['superadmin'], SUPERADMIN));
    expect((await users.getById(user.id)).roles).toEqual(['superadmin']);
  });

  it('keeps an admin from demoting a superadmin: acting on a user needs everything that user can do', async () => {
    const superadmin = await storedUser(users, ['superadmin']);
    await expect(handler.execute(new AssignUserRoles(superadmin.id, ['user'], ADMIN))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
    });
    expect((await users.getById(superadmin.id)).roles).toEqual(['superadmin']);
  });

  it('lets someone with a narrow set grant only roles inside it', async () => {
    const lead = {
      userId: '0190a5b0-7c4e-7d2a-9b3c-00000000a004',
      permissions: ['users:assign-roles', 'users:read', 'orders:read:any', ...Role.system('user').permissions],
    };
    const user = await storedUser(users);
    await handler.execute(new AssignUserRoles(user.id, ['user', 'support-agent'], lead));
    await expect(handler.execute(new AssignUserRoles(user.id, ['manager'], lead))).rejects.toMatchObject({ code: 'PRIVILEGE_ESCALATION' });
  });

  it("refuses changing one's own roles with USER_SELF_ACTION", async () => {
    const self = await storedUser(users, ['admin']);
    await expect(handler.execute(new AssignUserRoles(self.id, ['superadmin'], actorFor(self, ADMIN.permissions)))).rejects.toMatchObject({
      code: 'USER_SELF_ACTION',
    });
  });

  it('leaves the aggregate to refuse an empty or repeated list with USER_ROLES_INVALID', async () => {
    const user = await storedUser(users);
    await expect(handler.execute(new AssignUserRoles(user.id, [], ADMIN))).rejects.toMatchObject({ code: 'USER_ROLES_INVALID' });
    await expect(handler.execute(new AssignUserRoles(user.id, ['user', 'user'], ADMIN))).rejects.toMatchObject({
      code: 'USER_ROLES_INVALID',
    });
  });

  it('refuses an unknown user with USER_NOT_FOUND', async () => {
    await expect(handler.execute(new AssignUserRoles(UNKNOWN_USER, ['user'], ADMIN))).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });
});
