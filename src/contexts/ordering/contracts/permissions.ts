/**
 * The permissions Ordering checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's; a test proves each permission a route declares is in it.
 */
export const ORDERING_PERMISSIONS = {
  'orders:read': 'Read your own orders',
  'orders:write': 'Create, change, place and cancel your own orders',
  'orders:read:any': "Read anybody's orders",
  'orders:write:any': 'Create and change orders for any customer',
} as const satisfies Record<string, string>;
