import { PERMISSION_PATTERN } from '@promenade/ddd';
import { ALL_PERMISSIONS, PERMISSIONS, permissionCatalog } from './permission-catalog';

describe('permission catalog', () => {
  it("collects every context's permissions, Identity's first, each with what it allows", () => {
    expect(ALL_PERMISSIONS.slice(0, 3)).toEqual(['account:read', 'account:update', 'sessions:revoke']);
    expect(ALL_PERMISSIONS).toEqual(expect.arrayContaining(['orders:read', 'deals:read:any', 'reference:manage', 'events:manage']));
    expect(ALL_PERMISSIONS.filter((permission) => !PERMISSION_PATTERN.test(permission) || permission.includes('*'))).toEqual([]);
    expect(Object.values(PERMISSIONS).filter((allows) => allows.trim().length === 0)).toEqual([]);
  });

  it('merges lists in order, and refuses a permission that two lists declare', () => {
    expect(permissionCatalog({ 'a:read': 'Read a' }, {}, { 'b:write': 'Write b' })).toEqual({ 'a:read': 'Read a', 'b:write': 'Write b' });
    expect(() => permissionCatalog({ 'a:read': 'Read a' }, { 'a:read': 'Read all of a' })).toThrow(
      'permission a:read is declared twice: each belongs to one context',
    );
  });
});
