import { ALL_PERMISSIONS, PERMISSIONS } from '../../domain/role/permission-catalog';
import { ListPermissions } from './list-permissions.query';
import { ListPermissionsHandler } from './list-permissions.handler';

describe('ListPermissionsHandler', () => {
  it('lists every catalog permission in order, with its description and the system roles that have it', async () => {
    const entries = await new ListPermissionsHandler().execute(new ListPermissions());

    expect(entries.map((entry) => entry.name)).toEqual(ALL_PERMISSIONS);
    expect(entries.find((entry) => entry.name === 'events:manage')).toEqual({
      name: 'events:manage',
      description: PERMISSIONS['events:manage'],
      systemRoles: ['superadmin', 'admin'],
    });
    expect(entries.find((entry) => entry.name === 'orders:read')?.systemRoles).toEqual(['superadmin', 'admin', 'manager', 'user']);
  });
});
