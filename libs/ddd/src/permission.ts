/**
 * A permission is `resource:action`, optionally scoped `resource:action:any` (the same action on
 * anybody's resources, not only the caller's own). `*` grants every resource or every action.
 */
export const PERMISSION_PATTERN = /^([a-z][a-z0-9-]*|\*):([a-z][a-z0-9-]*|\*)(:any)?$/;

/**
 * Whether a granted permission covers a required one: `*:*` covers all, `orders:*` every orders action
 * and scope, `orders:read:any` also `orders:read` (whoever may read anybody's orders may read orders),
 * but `orders:read` never `orders:read:any`. The one rule for the guard and for the domain.
 */
export function grants(granted: string, required: string): boolean {
  if (granted === required) return true;
  const [grantedResource, grantedAction, grantedScope] = granted.split(':');
  const [resource, action, scope] = required.split(':');
  if (grantedResource !== '*' && grantedResource !== resource) return false;
  if (grantedAction === '*') return true;
  return grantedAction === action && (grantedScope === scope || scope === undefined);
}
