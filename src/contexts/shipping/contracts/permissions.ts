/**
 * The permissions Shipping checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's; a test proves each permission a route declares is in it.
 */
export const SHIPPING_PERMISSIONS = {
  'shipments:read': 'Read shipments',
  'shipments:write': 'Ship and deliver shipments',
} as const satisfies Record<string, string>;
