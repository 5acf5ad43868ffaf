/**
 * The permissions Reference checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's; a test proves each permission a route declares is in it.
 */
export const REFERENCE_PERMISSIONS = {
  'reference:manage': 'Activate and deactivate reference data (countries, currencies, ...)',
} as const satisfies Record<string, string>;
