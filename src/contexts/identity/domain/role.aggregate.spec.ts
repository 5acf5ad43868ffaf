import { RoleCreated } from '../contracts/role-created.event';
import { Role } from './role.aggregate';

describe('Role', () => {
  it('is created with a new id and raises RoleCreated', () => {
    const role = Role.create(new Date('2026-01-01T00:00:00Z'));
    expect(role.isNew).toBe(true);
    const [event] = role.pullEvents();
    expect(event).toBeInstanceOf(RoleCreated);
    expect(event.eventName).toBe('identity.role-created');
    expect((event as RoleCreated).payload).toEqual({ roleId: role.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const role = Role.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(role.version).toBe(3);
    expect(role.pullEvents()).toEqual([]);
  });
});
