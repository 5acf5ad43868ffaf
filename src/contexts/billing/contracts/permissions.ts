/**
 * The permissions Billing checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's: `admin` holds them all; grant them to other roles in SYSTEM_ROLES
 * (src/contexts/identity/domain/role/system-roles.ts) or to custom roles through PATCH /identity/roles/{name}.
 */
export const BILLING_PERMISSIONS = {
  'invoices:write': 'Create and change invoices',
  'payments:write': 'Create and change payments',
  'payment-methods:write': 'Create and change payment methods',
  'plans:write': 'Create and change plans',
  'subscriptions:write': 'Create and change subscriptions',
  'invoices:read': 'Read invoices',
  'payments:read': 'Read payments',
  'subscriptions:read': 'Read subscriptions',
} as const satisfies Record<string, string>;
