import { grants } from '@promenade/ddd';
import { SYSTEM_ROLES, SystemRoleName } from './system-roles';

/** The required permissions that nothing in `held` covers, each once, in the order given. */
export function uncoveredPermissions(held: readonly string[], required: readonly string[]): string[] {
  return [...new Set(required)].filter((permission) => !held.some((granted) => grants(granted, permission)));
}

/** The system roles whose permissions cover `permission`, in their declared order. */
export function systemRolesGranting(permission: string): SystemRoleName[] {
  return (Object.keys(SYSTEM_ROLES) as SystemRoleName[]).filter((name) =>
    SYSTEM_ROLES[name].permissions.some((granted: string) => grants(granted, permission)),
  );
}
