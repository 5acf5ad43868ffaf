import { ADMIN, SUPERADMIN, storedUser } from '../../application/testing/identity-fixtures';
import { InMemoryRoleRepository } from '../../application/testing/in-memory-role.repository';
import { InMemoryUserRepository } from '../../application/testing/in-memory-user.repository';
import { Actor, permissionsOf, Privileges } from './privilege';
import { PrivilegeEscalation, UserSelfAction } from './privilege.errors';
import { Role } from './role.aggregate';

describe('Privileges (no escalation)', () => {
  let roles: InMemoryRoleRepository;
  let users: InMemoryUserRepository;
  let privileges: Privileges;
  const support: Actor = { userId: '0190a5b0-7c4e-7d2a-9b3c-00000000a003', permissions: ['users:read', 'users:manage', 'orders:read:any'] };

  beforeEach(() => {
    roles = new InMemoryRoleRepository();
    users = new InMemoryUserRepository();
    privileges = new Privileges(roles);
  });

  it('lets an actor require what their permissions cover, wildcards included', () => {
    expect(() => privileges.assertCovers(support, ['users:read', 'orders:read:any'])).not.toThrow();
    expect(() => privileges.assertCovers(SUPERADMIN, ['*:*', 'events:manage'])).not.toThrow();
    expect(() => privileges.assertCovers(support, [])).not.toThrow();
  });

  it('refuses what they do not hold with PRIVILEGE_ESCALATION (forbidden), naming what is missing', () => {
    const attempt = () => privileges.assertCovers(support, ['users:read', 'orders:read', 'users:assign-roles', 'orders:write']);
    expect(attempt).toThrow(PrivilegeEscalation);
    expect(attempt).toThrow(expect.objectContaining({ code: 'PRIVILEGE_ESCALATION', kind: 'forbidden' }));
    expect(attempt).toThrow(/users:assign-roles, orders:write$/);
  });

  it('keeps an admin, who holds every catalog permission, from granting the superadmin role', () => {
    expect(() => privileges.assertMayGrant(ADMIN, [Role.system('superadmin')])).toThrow(
      expect.objectContaining({ code: 'PRIVILEGE_ESCALATION' }),
    );
    expect(() => privileges.assertMayGrant(ADMIN, [Role.system('admin'), Role.system('manager')])).not.toThrow();
    expect(() => privileges.assertMayGrant(SUPERADMIN, [Role.system('superadmin')])).not.toThrow();
  });

  it('lets an actor manage a user whose roles they cover, and not one whose roles reach further', async () => {
    const customer = await storedUser(users, ['user']);
    const superadmin = await storedUser(users, ['superadmin']);
    const admin = await storedUser(users, ['admin']);
    await expect(privileges.assertMayManage(ADMIN, customer)).resolves.toBeUndefined();
    await expect(privileges.assertMayManage(ADMIN, admin)).resolves.toBeUndefined();
    await expect(privileges.assertMayManage(ADMIN, superadmin)).rejects.toMatchObject({ code: 'PRIVILEGE_ESCALATION' });
    await expect(privileges.assertMayManage(SUPERADMIN, superadmin)).resolves.toBeUndefined();
    await expect(privileges.assertMayManage(support, customer)).rejects.toMatchObject({ code: 'PRIVILEGE_ESCALATION' });
  });

  it('counts a custom role by its permissions', async () => {
    await roles.save(Role.create({ name: 'reader', description: '', permissions: ['users:read', 'orders:read:any'] }));
    const reader = await storedUser(users, ['reader']);
    await expect(privileges.assertMayManage(support, reader)).resolves.toBeUndefined();
  });

  it('refuses anyone, a superadmin too, acting on their own account with USER_SELF_ACTION', async () => {
    const superadmin = await storedUser(users, ['superadmin']);
    const attempt = privileges.assertMayManage({ userId: superadmin.id, permissions: ['*:*'] }, superadmin);
    await expect(attempt).rejects.toBeInstanceOf(UserSelfAction);
    await expect(attempt).rejects.toMatchObject({ code: 'USER_SELF_ACTION', kind: 'conflict' });
  });

  it('unions the permissions of several roles', () => {
    expect(permissionsOf([Role.system('guest'), Role.system('user')]).sort()).toEqual([...Role.system('user').permissions].sort());
  });
});
