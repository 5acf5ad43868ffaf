/**
 * The permissions Billing checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's: `admin` holds them all; grant them to other roles in SYSTEM_ROLES
 * (src/contexts/identity/domain/role/system-roles.ts) or to custom roles through PATCH /identity/roles/{name}.
 */
export const BILLING_PERMISSIONS = {
  'invoices:read': 'Read your own invoices and download them as PDF',
  'invoices:read:any': "Read anybody's invoices",
  'invoices:write': 'Draft, change, issue, void and credit invoices',
  'payments:read': 'Read your own payments and payment methods',
  'payments:read:any': "Read anybody's payments",
  'payments:write': 'Pay your own invoices; add and remove your own payment methods',
  'payments:refund': 'Refund payments (a credit note is issued)',
  'subscriptions:read': 'Read the plans, and your own subscriptions',
  'subscriptions:read:any': "Read anybody's subscriptions",
  'subscriptions:write': 'Subscribe to a plan and cancel your own subscriptions',
  'subscriptions:write:any': "Cancel anybody's subscription",
  'plans:manage': 'Create and change plans',
} as const satisfies Record<string, string>;
