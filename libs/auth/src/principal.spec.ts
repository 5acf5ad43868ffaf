import { PermissionDenied } from './auth.errors';
import { Principal } from './principal';

const TOKEN = { id: 'jti-1', sessionId: 'session-1', expiresAt: new Date('2030-01-01T00:00:00Z') };
const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const customer = new Principal(USER, ['orders:read', 'orders:write'], TOKEN);
const staff = new Principal(USER, ['orders:read:any', 'orders:write:any'], TOKEN);

describe('Principal', () => {
  it('can do what one of its permissions grants', () => {
    const principal = new Principal(USER, ['account:read', 'orders:read'], TOKEN);
    expect(principal.can('orders:read')).toBe(true);
    expect(principal.can('account:read')).toBe(true);
  });

  it('cannot do what none of its permissions grants', () => {
    const principal = new Principal(USER, ['orders:read'], TOKEN);
    expect(principal.can('orders:write')).toBe(false);
    expect(principal.can('orders:read:any')).toBe(false);
    expect(new Principal(USER, [], TOKEN).can('orders:read')).toBe(false);
  });

  it('can do an action on its own resources when it may do it on anybody’s', () => {
    expect(staff.can('orders:read')).toBe(true);
    expect(staff.can('orders:write')).toBe(true);
    expect(new Principal(USER, ['orders:read:any'], TOKEN).can('orders:write')).toBe(false);
  });

  it('can do anything with *:*, and every action of a resource with resource:*', () => {
    expect(new Principal(USER, ['*:*'], TOKEN).can('events:manage')).toBe(true);
    const ordersAdmin = new Principal(USER, ['orders:*'], TOKEN);
    expect(ordersAdmin.can('orders:write:any')).toBe(true);
    expect(ordersAdmin.can('shipments:read')).toBe(false);
  });

  it('is scoped to its own resources without the :any permission', () => {
    expect(customer.ownerScope('orders:read')).toBe(USER);
  });

  it('reaches everyone’s resources with the :any permission', () => {
    expect(new Principal(USER, ['orders:read', 'orders:read:any'], TOKEN).ownerScope('orders:read')).toBeUndefined();
    expect(staff.ownerScope('orders:read')).toBeUndefined();
    expect(new Principal(USER, ['*:*'], TOKEN).ownerScope('orders:read')).toBeUndefined();
    expect(new Principal(USER, ['orders:*'], TOKEN).ownerScope('orders:write')).toBeUndefined();
  });

  it('does not widen the scope of one action with another action’s :any', () => {
    expect(new Principal(USER, ['orders:read:any'], TOKEN).ownerScope('orders:write')).toBe(USER);
  });

  describe('when the client names a user', () => {
    it('narrows the scope to that user: yourself always, anybody with the :any permission', () => {
      expect(customer.ownerScope('orders:read', USER)).toBe(USER);
      expect(staff.ownerScope('orders:read', OTHER)).toBe(OTHER);
    });

    it('refuses naming anybody else without the :any permission, with PermissionDenied naming it', () => {
      expect(() => customer.ownerScope('orders:read', OTHER)).toThrow(PermissionDenied);
      expect(() => customer.ownerScope('orders:read', OTHER)).toThrow('orders:read:any');
      expect(() => new Principal(USER, ['orders:read:any', 'orders:write'], TOKEN).ownerScope('orders:write', OTHER)).toThrow(
        'orders:write:any',
      );
    });

    it('acts for the user named, or for the caller when none is (staff included)', () => {
      expect(customer.actFor('orders:write')).toBe(USER);
      expect(staff.actFor('orders:write')).toBe(USER);
      expect(customer.actFor('orders:write', USER)).toBe(USER);
      expect(staff.actFor('orders:write', OTHER)).toBe(OTHER);
    });

    it('refuses acting for anybody else without the :any permission', () => {
      expect(() => customer.actFor('orders:write', OTHER)).toThrow(PermissionDenied);
      expect(() => customer.actFor('orders:write', OTHER)).toThrow('orders:write:any');
    });
  });
});
