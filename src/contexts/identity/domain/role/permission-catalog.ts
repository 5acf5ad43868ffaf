/**
 * Every permission the platform knows, `resource:action` (`:any` = on anybody's, not only one's own),
 * with what it allows. Routes declare one of these; a test proves every declared one is listed here.
 */
export const PERMISSIONS = {
  'account:read': 'Read your own user and profile',
  'account:update': 'Change your own password and profile',
  'sessions:revoke': 'Log out (end your own session)',
  'users:read': 'List and read users',
  'users:manage': 'Suspend, ban, activate and unlock users',
  'users:assign-roles': "Replace a user's roles (only with roles whose permissions you hold yourself)",
  'roles:read': 'List and read roles',
  'roles:manage': 'Create, change and delete custom roles',
  'permissions:read': 'List the permission catalog',
  'contacts:read': 'Read your own contacts',
  'contacts:write': 'Add, change, delete your own contacts and choose the primary one',
  'contacts:read:any': "Read anybody's contacts",
  'contacts:write:any': "Add, change and delete anybody's contacts",
  'contacts:verify': 'Mark a contact as verified',
  'profiles:read': "Read anybody's profile, private ones included",
  'orders:read': 'Read your own orders',
  'orders:write': 'Create, change, place and cancel your own orders',
  'orders:read:any': "Read anybody's orders",
  'orders:write:any': 'Create and change orders for any customer',
  'shipments:read': 'Read shipments',
  'shipments:write': 'Ship and deliver shipments',
  'customers:read': 'Read the customers assigned to you',
  'customers:write': 'Create and change the customers assigned to you',
  'customers:read:any': 'Read every customer',
  'customers:write:any': 'Change every customer, reassign reps',
  'companies:read': 'Read companies',
  'companies:write': 'Create, change and delete companies',
  'deals:read': 'Read the deals you own',
  'deals:write': 'Create and move the deals you own',
  'deals:read:any': 'Read every deal',
  'deals:write:any': 'Change every deal',
  'interactions:read': 'Read interactions',
  'interactions:write': 'Log, change and end interactions',
  'analytics:read': 'Read the CRM analytics',
  'reference:manage': 'Activate and deactivate reference data (countries, currencies, ...)',
  'events:manage': 'Inspect event delivery; list, replay and discard dead letters',
} as const satisfies Record<string, string>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isKnownPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}
