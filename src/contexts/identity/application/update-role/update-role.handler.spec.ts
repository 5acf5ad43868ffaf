import { RoleUpdated } from '../../domain/events/role-updated.event';
import { Actor, Privileges } from '../../domain/role/privilege';
import { Role } from '../../domain/role/role.aggregate';
import { ADMIN, SUPERADMIN } from '../testing/identity-fixtures';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { UpdateRole } from './update-role.command';
import { UpdateRoleHandler } from './update-role.handler';

describe('UpdateRoleHandler', () => {
  let roles: InMemoryRoleRepository;
  let handler: UpdateRoleHandler;
  const narrow: Actor = { userId: ADMIN.userId, permissions: ['roles:manage', 'users:read', 'orders:read:any'] };

  beforeEach(async () => {
    roles = new InMemoryRoleRepository();
    handler = new UpdateRoleHandler(roles, new Privileges(roles));
    await roles.save(Role.create({ name: 'support-agent', description: 'Answers customers', permissions: ['users:read'] }));
    roles.published.length = 0;
  });

  it('replaces what is given, keeps the rest, and raises RoleUpdated', async () => {
    await handler.execute(new UpdateRole('support-agent', { permissions: ['users:read', 'orders:read:any'] }, narrow));
    const role = await roles.getByName('support-agent');
    expect(role).toMatchObject({ description: 'Answers customers', permissions: ['orders:read:any', 'users:read'], version: 2 });
    expect(roles.published).toEqual([expect.any(RoleUpdated)]);
  });

  it('refuses widening a role beyond the actor with PRIVILEGE_ESCALATION', async () => {
    await expect(
      handler.execute(new UpdateRole('support-agent', { permissions: ['users:read', 'users:manage'] }, narrow)),
    ).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
    });
    expect((await roles.getByName('support-agent')).permissions).toEqual(['users:read']);
  });

  it('refuses touching a role that already exceeds the actor, even to narrow it', async () => {
    await roles.save(Role.create({ name: 'auditor', description: '', permissions: ['events:manage'] }));
    await expect(handler.execute(new UpdateRole('auditor', { permissions: [] }, narrow))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
    });
    await expect(handler.execute(new UpdateRole('auditor', { description: 'mine' }, narrow))).rejects.toMatchObject({
      code: 'PRIVILEGE_ESCALATION',
    });
  });

  it('refuses a system role with ROLE_SYSTEM_IMMUTABLE, whoever asks', async () => {
    await expect(handler.execute(new UpdateRole('user', { description: 'changed' }, SUPERADMIN))).rejects.toMatchObject({
      code: 'ROLE_SYSTEM_IMMUTABLE',
      kind: 'conflict',
    });
    expect(roles.published).toEqual([]);
  });

  it('refuses permissions outside the catalog with PERMISSION_UNKNOWN', async () => {
    await expect(handler.execute(new UpdateRole('support-agent', { permissions: ['users:*'] }, SUPERADMIN))).rejects.toMatchObject({
      code: 'PERMISSION_UNKNOWN',
    });
  });

  it('refuses an unknown role with ROLE_NOT_FOUND', async () => {
    await expect(handler.execute(new UpdateRole('ghost', { description: 'x' }, SUPERADMIN))).rejects.toMatchObject({
      code: 'ROLE_NOT_FOUND',
      kind: 'not_found',
    });
  });
});
