import { SYSTEM_ROLES, SystemRoleName } from './system-roles';

/**
 * Whether a granted permission covers a required one: `*:*` covers all, `orders:*` every orders action
 * and scope, `orders:read` only itself (not `orders:read:any`). The same rule as `grants` in libs/auth,
 * which the domain may not import; a spec holds the two to the same cases.
 */
export function permissionCovers(granted: string, required: string): boolean {
  if (granted === required) return true;
  const [grantedResource, grantedAction, grantedScope] = granted.split(':');
  const [resource, action, scope] = required.split(':');
  if (grantedResource !== '*' && grantedResource !== resource) return false;
  if (grantedAction === '*') return true;
  return grantedAction === action && grantedScope === scope;
}

/** The required permissions that nothing in `held` covers, each once, in the order given. */
export function uncoveredPermissions(held: readonly string[], required: readonly string[]): string[] {
  return [...new Set(required)].filter((permission) => !held.some((granted) => permissionCovers(granted, permission)));
}

/** The system roles whose permissions cover `permission`, in their declared order. */
export function systemRolesGranting(permission: string): SystemRoleName[] {
  return (Object.keys(SYSTEM_ROLES) as SystemRoleName[]).filter((name) =>
    SYSTEM_ROLES[name].permissions.some((granted: string) => permissionCovers(granted, permission)),
  );
}
