import { ALL_PERMISSIONS, Permission } from './permission-catalog';

/**
 * What every signed-in user may do with their own account, whatever their roles: a user given only a
 * custom role can still read their account, change their password and log out.
 */
export const SELF_SERVICE: Permission[] = ['account:read', 'account:update', 'sessions:revoke'];
const CUSTOMER: Permission[] = [
  ...SELF_SERVICE,
  'contacts:read',
  'contacts:write',
  'orders:read',
  'orders:write',
  'invoices:read',
  'payments:read',
  'payments:write',
  'subscriptions:read',
  'subscriptions:write',
];
const STAFF: Permission[] = [
  ...CUSTOMER,
  'users:read',
  'contacts:read:any',
  'profiles:read',
  'orders:read:any',
  'orders:write:any',
  'shipments:read',
  'shipments:write',
  'customers:read',
  'customers:write',
  'companies:read',
  'companies:write',
  'deals:read',
  'deals:write',
  'interactions:read',
  'interactions:write',
  'analytics:read',
  'products:read',
  'warehouses:read',
  'stock:read',
  'health:read',
];
/** Accountants: every customer's invoices, payments and subscriptions; refunds; the plans. */
const BILLING: Permission[] = [
  ...SELF_SERVICE,
  'invoices:read',
  'invoices:read:any',
  'invoices:write',
  'payments:read',
  'payments:read:any',
  'payments:refund',
  'subscriptions:read',
  'subscriptions:read:any',
  'subscriptions:write:any',
  'plans:manage',
];
/** Stock clerks: receive, count, move, reserve and ship out stock; the catalog and the locations are the admin's to change. */
const WAREHOUSE: Permission[] = [...SELF_SERVICE, 'products:read', 'warehouses:read', 'stock:read', 'stock:write', 'stock:reserve'];

/**
 * The seven roles every deployment has; they cannot be deleted or changed, and live here rather than
 * in a table so a new release's permissions reach them without a data migration.
 */
export const SYSTEM_ROLES = {
  superadmin: { description: 'Everything, including what later releases add', permissions: ['*:*'] },
  admin: { description: 'Runs the platform: every permission in the catalog', permissions: [...ALL_PERMISSIONS] },
  manager: { description: 'Staff: sales, orders and shipping for every customer', permissions: STAFF },
  billing: { description: "Accountant: every customer's invoices, payments and subscriptions, refunds and plans", permissions: BILLING },
  warehouse: { description: 'Stock clerk: receives, adjusts, transfers, reserves and issues stock', permissions: WAREHOUSE },
  user: { description: 'A registered customer: their own account, contacts and orders', permissions: CUSTOMER },
  guest: { description: 'Signed in, nothing more: their own account only', permissions: SELF_SERVICE },
} as const satisfies Record<string, { description: string; permissions: readonly string[] }>;

export type SystemRoleName = keyof typeof SYSTEM_ROLES;

export const DEFAULT_ROLE: SystemRoleName = 'user';

export function isSystemRole(name: string): name is SystemRoleName {
  return Object.hasOwn(SYSTEM_ROLES, name);
}
