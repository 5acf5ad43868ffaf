/**
 * The permissions Identity checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's; a test proves each permission a route declares is in it.
 */
export const IDENTITY_PERMISSIONS = {
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
} as const satisfies Record<string, string>;
