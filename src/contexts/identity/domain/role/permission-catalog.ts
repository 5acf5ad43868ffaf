import { CRM_PERMISSIONS } from '../../../crm/contracts/permissions';
import { ORDERING_PERMISSIONS } from '../../../ordering/contracts/permissions';
import { REFERENCE_PERMISSIONS } from '../../../reference/contracts/permissions';
import { SHIPPING_PERMISSIONS } from '../../../shipping/contracts/permissions';
import { IDENTITY_PERMISSIONS } from '../../contracts/permissions';
import { WAREHOUSE_PERMISSIONS } from '../../../warehouse/contracts/permissions';
import { BILLING_PERMISSIONS } from '../../../billing/contracts/permissions';

type PermissionList = Readonly<Record<string, string>>;
type Merged<T extends readonly PermissionList[]> = T extends readonly [infer First, ...infer Rest extends readonly PermissionList[]]
  ? First & Merged<Rest>
  : unknown;

/**
 * One catalog from several lists, in their order. A permission two lists declare would have two meanings,
 * so it stops the service (and every test) from starting.
 */
export function permissionCatalog<const T extends readonly PermissionList[]>(...lists: T): Merged<T> {
  const catalog: Record<string, string> = {};
  for (const list of lists) {
    for (const [permission, allows] of Object.entries(list)) {
      if (Object.hasOwn(catalog, permission)) throw new Error(`permission ${permission} is declared twice: each belongs to one context`);
      catalog[permission] = allows;
    }
  }
  return catalog as Merged<T>;
}

/** What the framework's own routes (libs/) check: they belong to no context. */
const PLATFORM_PERMISSIONS = {
  'events:manage': 'Inspect event delivery; list, replay and discard dead letters',
  'health:read': "Read every dependency's health, latency, relay lag and queue depths, the version and uptime (/health/details)",
} as const satisfies PermissionList;

/**
 * Every permission the platform knows, `resource:action` (`:any` = on anybody's, not only one's own), with what it
 * allows. Each context owns the permissions its routes check, in its `contracts/permissions.ts`; this is their union
 * (the generators add a new context's list here). Routes declare one of these; a test proves every declared one is listed.
 */
export const PERMISSIONS = permissionCatalog(
  IDENTITY_PERMISSIONS,
  ORDERING_PERMISSIONS,
  SHIPPING_PERMISSIONS,
  CRM_PERMISSIONS,
  REFERENCE_PERMISSIONS,
  PLATFORM_PERMISSIONS,
  WAREHOUSE_PERMISSIONS,
  BILLING_PERMISSIONS,
);

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isKnownPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}
