import { systemRolesGranting, uncoveredPermissions } from './permission-coverage';

describe('permission coverage', () => {
  it('lists the required permissions nothing held covers, each once', () => {
    expect(uncoveredPermissions(['orders:*', 'users:read'], ['orders:read:any', 'users:manage', 'users:read', 'users:manage'])).toEqual([
      'users:manage',
    ]);
    expect(uncoveredPermissions(['*:*'], ['events:manage', '*:*'])).toEqual([]);
    expect(uncoveredPermissions([], [])).toEqual([]);
  });

  it('counts an :any permission as covering the plain action, never the other way round', () => {
    expect(uncoveredPermissions(['contacts:read:any'], ['contacts:read', 'contacts:read:any'])).toEqual([]);
    expect(uncoveredPermissions(['contacts:read'], ['contacts:read', 'contacts:read:any'])).toEqual(['contacts:read:any']);
  });

  it('names the system roles that have a permission, superadmin always', () => {
    expect(systemRolesGranting('events:manage')).toEqual(['superadmin', 'admin']);
    expect(systemRolesGranting('account:read')).toEqual(['superadmin', 'admin', 'manager', 'billing', 'warehouse', 'user', 'guest']);
    expect(systemRolesGranting('orders:read:any')).toEqual(['superadmin', 'admin', 'manager']);
    expect(systemRolesGranting('stock:reserve')).toEqual(['superadmin', 'admin', 'warehouse']);
    expect(systemRolesGranting('products:write')).toEqual(['superadmin', 'admin']);
    expect(systemRolesGranting('not:listed')).toEqual(['superadmin']);
  });
});
