import { RoleCreated } from '../events/role-created.event';
import { RoleDeleted } from '../events/role-deleted.event';
import { RoleUpdated } from '../events/role-updated.event';
import { Role } from './role.aggregate';
import { SYSTEM_ROLES } from './system-roles';

const support = () =>
  Role.create({ name: 'support-agent', description: ' Answers customers ', permissions: ['users:read', 'orders:read:any', 'users:read'] });

describe('Role', () => {
  it('is created with a new id, its permissions sorted once each and its description trimmed, and raises RoleCreated', () => {
    const role = support();
    expect(role).toMatchObject({
      name: 'support-agent',
      description: 'Answers customers',
      permissions: ['orders:read:any', 'users:read'],
      isSystem: false,
      isNew: true,
    });
    const [event] = role.pullEvents();
    expect(event).toBeInstanceOf(RoleCreated);
    expect(event.eventName).toBe('identity.role-created');
    expect((event as RoleCreated).payload).toEqual({
      roleId: role.id,
      name: 'support-agent',
      description: 'Answers customers',
      permissions: ['orders:read:any', 'users:read'],
    });
  });

  it.each(['a', 'Support', '1st-line', 'with space', 'x'.repeat(33), 'under_score'])(
    'refuses the name %j with ROLE_NAME_INVALID',
    (name) => {
      expect(() => Role.create({ name, description: '', permissions: [] })).toThrow(
        expect.objectContaining({ code: 'ROLE_NAME_INVALID', kind: 'invalid' }),
      );
    },
  );

  it('accepts names of 2 to 32 lowercase letters, digits and dashes', () => {
    expect(Role.create({ name: 'ab', description: '', permissions: [] }).name).toBe('ab');
    expect(Role.create({ name: `a${'-1'.repeat(15)}9`, description: '', permissions: [] }).name).toHaveLength(32);
  });

  it.each(Object.keys(SYSTEM_ROLES))('refuses the system name %s with ROLE_NAME_TAKEN', (name) => {
    expect(() => Role.create({ name, description: '', permissions: [] })).toThrow(
      expect.objectContaining({ code: 'ROLE_NAME_TAKEN', kind: 'conflict' }),
    );
  });

  it.each([['orders:fly'], ['*:*'], ['orders:*'], ['users:read', 'nonsense']])(
    'refuses %j with PERMISSION_UNKNOWN: only catalog permissions, no wildcards',
    (...permissions) => {
      expect(() => Role.create({ name: 'custom', description: '', permissions })).toThrow(
        expect.objectContaining({ code: 'PERMISSION_UNKNOWN', kind: 'invalid' }),
      );
    },
  );

  it('refuses a description over 200 characters with ROLE_DESCRIPTION_INVALID', () => {
    expect(() => Role.create({ name: 'custom', description: 'x'.repeat(201), permissions: [] })).toThrow(
      expect.objectContaining({ code: 'ROLE_DESCRIPTION_INVALID' }),
    );
  });

  it('is restored as stored, raising nothing', () => {
    const role = Role.restore({
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date(),
      name: 'custom',
      description: 'd',
      permissions: ['users:read'],
      isSystem: false,
    });
    expect(role.version).toBe(3);
    expect(role.permissions).toEqual(['users:read']);
    expect(role.pullEvents()).toEqual([]);
  });

  describe('update', () => {
    it('replaces the permissions and keeps the description when only permissions are given, raising RoleUpdated with the whole role', () => {
      const role = support();
      role.pullEvents();
      role.update({ permissions: ['contacts:read:any'] });
      expect(role.permissions).toEqual(['contacts:read:any']);
      expect(role.description).toBe('Answers customers');
      const [event] = role.pullEvents();
      expect(event).toBeInstanceOf(RoleUpdated);
      expect((event as RoleUpdated).payload).toEqual({
        roleId: role.id,
        name: 'support-agent',
        description: 'Answers customers',
        permissions: ['contacts:read:any'],
      });
    });

    it('raises nothing when nothing changes', () => {
      const role = support();
      role.pullEvents();
      role.update({ description: 'Answers customers', permissions: ['users:read', 'orders:read:any'] });
      role.update({});
      expect(role.pullEvents()).toEqual([]);
    });

    it('refuses unknown permissions and keeps the old ones', () => {
      const role = support();
      expect(() => role.update({ permissions: ['*:*'] })).toThrow(expect.objectContaining({ code: 'PERMISSION_UNKNOWN' }));
      expect(role.permissions).toEqual(['orders:read:any', 'users:read']);
    });
  });

  it('raises RoleDeleted when deleted', () => {
    const role = support();
    role.pullEvents();
    role.delete();
    const [event] = role.pullEvents();
    expect(event).toBeInstanceOf(RoleDeleted);
    expect((event as RoleDeleted).payload).toEqual({ roleId: role.id, name: 'support-agent' });
  });

  describe('system roles', () => {
    it.each(Object.entries(SYSTEM_ROLES))('%s comes from code with its permissions', (name, definition) => {
      const role = Role.system(name as keyof typeof SYSTEM_ROLES);
      expect(role).toMatchObject({
        name,
        description: definition.description,
        permissions: [...definition.permissions],
        isSystem: true,
        createdAt: undefined,
      });
    });

    it('only superadmin holds *:*', () => {
      const holders = Object.keys(SYSTEM_ROLES).filter((name) =>
        Role.system(name as keyof typeof SYSTEM_ROLES).permissions.includes('*:*'),
      );
      expect(holders).toEqual(['superadmin']);
    });

    it('cannot be changed or deleted (ROLE_SYSTEM_IMMUTABLE), and raises nothing', () => {
      const role = Role.system('manager');
      expect(() => role.update({ description: 'mine now' })).toThrow(
        expect.objectContaining({ code: 'ROLE_SYSTEM_IMMUTABLE', kind: 'conflict' }),
      );
      expect(() => role.delete()).toThrow(expect.objectContaining({ code: 'ROLE_SYSTEM_IMMUTABLE' }));
      expect(role.description).toBe(SYSTEM_ROLES.manager.description);
      expect(role.pullEvents()).toEqual([]);
    });
  });
});
