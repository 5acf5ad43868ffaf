/**
 * The permissions CRM checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's; a test proves each permission a route declares is in it.
 */
export const CRM_PERMISSIONS = {
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
} as const satisfies Record<string, string>;
