import { RoleDeleted } from '../../domain/events/role-deleted.event';
import { Actor, Privileges } from '../../domain/role/privilege';
import { Role } from '../../domain/role/role.aggregate';
import { ADMIN, SUPERADMIN, storedUser } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../testing/in-memory-user.repository';
import { DeleteRole } from './delete-role.command';
import { DeleteRoleHandler } from './delete-role.handler';

describe('DeleteRoleHandler', () => {
  let roles: InMemoryRoleRepository;
  let users: InMemoryUserRepository;
  let handler: DeleteRoleHandler;

  beforeEach(async () => {
    roles = new InMemoryRoleRepository();
    users = new InMemoryUserRepository();
    handler = new DeleteRoleHandler(roles, users, new Privileges(roles));
    await roles.save(Role.create({ name: 'support-agent', description: '', permissions: ['users:read'] }));
    roles.published.length = 0;
  });

  it('deletes a role nobody holds and raises RoleDeleted', async () => {
    await handler.execute(new DeleteRole('support-agent', ADMIN));
    await expect(roles.getByName('support-agent')).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
    expect(roles.published).toEqual([expect.any(RoleDeleted)]);
  });

  it('refuses a role still held by a user with ROLE_IN_USE', async () => {
    await storedUser(users, ['support-agent', 'user']);
    await expect(handler.execute(new DeleteRole('support-agent', ADMIN))).rejects.toMatchObject({ code: 'ROLE_IN_USE', kind: 'conflict' });
    expect((await roles.getByName('support-agent')).name).toBe('support-agent');
    expect(roles.published).toEqual([]);
  });

  it('refuses a system role with ROLE_SYSTEM_IMMUTABLE, whoever asks', async () => {
    await expect(handler.execute(new DeleteRole('guest', SUPERADMIN))).rejects.toMatchObject({ code: 'ROLE_SYSTEM_IMMUTABLE' });
  });

  it('refuses a role beyond the actor with PRIVILEGE_ESCALATION', async () => {
    const narrow: Actor = { userId: ADMIN.userId, permissions: ['roles:manage'] };
    await expect(handler.execute(new DeleteRole('support-agent', narrow))).rejects.toMatchObject({ code: 'PRIVILEGE_ESCALATION' });
  });

  it('refuses an unknown role with ROLE_NOT_FOUND', async () => {
    await expect(handler.execute(new DeleteRole('ghost', SUPERADMIN))).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
  });
});
