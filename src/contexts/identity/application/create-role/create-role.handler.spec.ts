import { RoleCreated } from '../../domain/events/role-created.event';
import { Actor, Privileges } from '../../domain/role/privilege';
import { ADMIN, storedUser } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { CreateRole } from './create-role.command';
import { CreateRoleHandler } from './create-role.handler';

describe('CreateRoleHandler', () => {
  let roles: InMemoryRoleRepository;
  let users: InMemoryUserRepository;
  let handler: CreateRoleHandler;

  beforeEach(() => {
    roles = new InMemoryRoleRepository();
    users = new InMemoryUserRepository();
    handler = new CreateRoleHandler(roles, users, new Privileges(roles));
  });

  it('saves a new custom role that raised RoleCreated', async () => {
    await handler.execute(new CreateRole('support-agent', 'Answers customers', ['users:read', 'orders:read:any'], ADMIN));
    const role = await roles.getByName('support-agent');
    expect(role).toMatchObject({
      name: 'support-agent',
      description: 'Answers customers',
      permissions: ['orders:read:any', 'users:read'],
      isSystem: false,
      version: 1,
    });
    expect(roles.published).toEqual([expect.any(RoleCreated)]);
  });

  it('refuses a name already taken with ROLE_NAME_TAKEN', async () => {
    await handler.execute(new CreateRole('support-agent', '', ['users:read'], ADMIN));
    await expect(handler.execute(new CreateRole('support-agent', 'again', [], ADMIN))).rejects.toMatchObject({
      code: 'ROLE_NAME_TAKEN',
      kind: 'conflict',
    });
    expect((await roles.getByName('support-agent')).description).toBe('');
  });

  it('refuses a system role name with ROLE_NAME_TAKEN', async () => {
    await expect(handler.execute(new CreateRole('admin', '', [], ADMIN))).rejects.toMatchObject({ code: 'ROLE_NAME_TAKEN' });
    expect(roles.published).toEqual([]);
  });

  it('refuses a name still held by a user (left by a deleted role) with ROLE_NAME_TAKEN, so nobody inherits the new role', async () => {
    await storedUser(users, ['user', 'support-agent']);
    await expect(handler.execute(new CreateRole('support-agent', '', ['users:read'], ADMIN))).rejects.toMatchObject({
      code: 'ROLE_NAME_TAKEN',
      kind: 'conflict',
    });
    await expect(roles.getByName('support-agent')).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
    expect(roles.published).toEqual([]);
  });

  it('refuses permissions outside the catalog with PERMISSION_UNKNOWN, *:* included', async () => {
    await expect(handler.execute(new CreateRole('root', '', ['*:*'], { ...ADMIN, permissions: ['*:*'] }))).rejects.toMatchObject({
      code: 'PERMISSION_UNKNOWN',
    });
  });

  it('refuses permissions the actor does not hold with PRIVILEGE_ESCALATION and saves nothing', async () => {
    const roleManager: Actor = { userId: ADMIN.userId, permissions: ['roles:manage', 'users:read'] };
    await expect(handler.execute(new CreateRole('sneaky', '', ['users:read', 'users:manage'], roleManager))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
      kind: 'forbidden',
    });
    await expect(roles.getByName('sneaky')).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
  });
});
