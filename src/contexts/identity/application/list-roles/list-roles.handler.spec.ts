import { Role } from '../../domain/role/role.aggregate';
import { InMemoryRoleRepository } from '../testing/in-memory-role.repository';
import { ListRoles } from './list-roles.query';
import { ListRolesHandler } from './list-roles.handler';

describe('ListRolesHandler', () => {
  it('lists the system roles in their order, then the custom ones by name', async () => {
    const roles = new InMemoryRoleRepository();
    for (const name of ['zeta', 'alpha']) await roles.save(Role.create({ name, description: '', permissions: [] }));

    const listed = await new ListRolesHandler(roles).execute(new ListRoles());

    expect(listed.map((role) => [role.name, role.isSystem])).toEqual([
      ['superadmin', true],
      ['admin', true],
      ['manager', true],
      ['billing', true],
      ['warehouse', true],
      ['user', true],
      ['guest', true],
      ['alpha', false],
      ['zeta', false],
    ]);
  });
});
