import { grants, PERMISSION_PATTERN } from './permission';

describe('permissions', () => {
  it.each([
    ['orders:read', 'orders:read', true],
    ['orders:read', 'orders:write', false],
    ['orders:read', 'orders:read:any', false],
    ['orders:read:any', 'orders:read', true],
    ['orders:read:any', 'orders:read:any', true],
    ['orders:read:any', 'orders:write', false],
    ['orders:read:any', 'shipments:read', false],
    ['orders:*', 'orders:read:any', true],
    ['orders:*', 'shipments:read', false],
    ['*:*', 'events:manage', true],
    ['*:*', '*:*', true],
    ['users:manage', '*:*', false],
    ['*:read', 'orders:read', true],
    ['*:read', 'orders:read:any', false],
    ['*:read', 'orders:write', false],
    ['*:read:any', 'orders:read', true],
    ['*:read:any', 'orders:read:any', true],
  ])('%s grants %s: %s', (granted, required, expected) => {
    expect(grants(granted, required)).toBe(expected);
  });

  it('accepts resource:action and resource:action:any, and nothing else', () => {
    for (const good of ['orders:read', 'orders:read:any', 'users:assign-roles', '*:*']) expect(PERMISSION_PATTERN.test(good)).toBe(true);
    for (const bad of ['orders', 'Orders:read', 'orders:read:all', 'orders::read', ':read', 'orders:read:any:x'])
      expect(PERMISSION_PATTERN.test(bad)).toBe(false);
  });
});
