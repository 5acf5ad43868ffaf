/**
 * The permissions Warehouse checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's: `admin` holds them all; grant them to other roles in SYSTEM_ROLES
 * (src/contexts/identity/domain/role/system-roles.ts) or to custom roles through PATCH /identity/roles/{name}.
 */
export const WAREHOUSE_PERMISSIONS = {
  'products:write': 'Create and change products',
  'warehouses:write': 'Create and change warehouses',
  'reservations:write': 'Create and change reservations',
  'products:read': 'Read products',
  'warehouses:read': 'Read warehouses',
  'reservations:read': 'Read reservations',
} as const satisfies Record<string, string>;
