import { Role } from '../../domain/role/role.aggregate';
import { SYSTEM_ROLES } from '../../domain/role/system-roles';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { GetRole } from './get-role.query';
import { GetRoleHandler } from './get-role.handler';

describe('GetRoleHandler', () => {
  let roles: InMemoryRoleRepository;
  let handler: GetRoleHandler;

  beforeEach(async () => {
    roles = new InMemoryRoleRepository();
    handler = new GetRoleHandler(roles);
    await roles.save(Role.create({ name: 'support-agent', description: 'Answers customers', permissions: ['users:read'] }));
  });

  it('answers a custom role by name', async () => {
    await expect(handler.execute(new GetRole('support-agent'))).resolves.toMatchObject({
      name: 'support-agent',
      isSystem: false,
      permissions: ['users:read'],
    });
  });

  it('answers a system role by name, from code', async () => {
    await expect(handler.execute(new GetRole('manager'))).resolves.toMatchObject({
      name: 'manager',
      isSystem: true,
      permissions: SYSTEM_ROLES.manager.permissions,
    });
  });

  it('refuses an unknown name with ROLE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetRole('ghost'))).rejects.toMatchObject({ code: 'ROLE_NOT_FOUND' });
  });
});
