import { grants } from '@promenade/auth';
import { permissionCovers, systemRolesGranting, uncoveredPermissions } from './permission-coverage';

describe('permission coverage', () => {
  const cases: Array<[string, string, boolean]> = [
    ['orders:read', 'orders:read', true],
    ['orders:read', 'orders:write', false],
    ['orders:read', 'orders:read:any', false],
    ['orders:read:any', 'orders:read', false],
    ['orders:*', 'orders:read:any', true],
    ['orders:*', 'shipments:read', false],
    ['*:*', 'events:manage', true],
    ['*:*', '*:*', true],
    ['users:manage', '*:*', false],
    ['*:read', 'orders:read', true],
    ['*:read', 'orders:write', false],
  ];

  it.each(cases)('%s covers %s: %s', (granted, required, expected) => {
    expect(permissionCovers(granted, required)).toBe(expected);
  });

  it('agrees with the guard in libs/auth on every case (the domain may not import it, so it keeps its own copy)', () => {
    for (const [granted, required] of cases) expect(permissionCovers(granted, required)).toBe(grants(granted, required));
  });

  it('lists the required permissions nothing held covers, each once', () => {
    expect(uncoveredPermissions(['orders:*', 'users:read'], ['orders:read:any', 'users:manage', 'users:read', 'users:manage'])).toEqual(['users:manage']);
    expect(uncoveredPermissions(['*:*'], ['events:manage', '*:*'])).toEqual([]);
    expect(uncoveredPermissions([], [])).toEqual([]);
  });

  it('names the system roles that have a permission, superadmin always', () => {
    expect(systemRolesGranting('events:manage')).toEqual(['superadmin', 'admin']);
    expect(systemRolesGranting('account:read')).toEqual(['superadmin', 'admin', 'manager', 'user', 'guest']);
    expect(systemRolesGranting('not:listed')).toEqual(['superadmin']);
  });
});
