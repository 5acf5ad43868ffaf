/**
 * The permissions Warehouse checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's: `admin` holds them all; grant them to other roles in SYSTEM_ROLES
 * (src/contexts/identity/domain/role/system-roles.ts) or to custom roles through PATCH /identity/roles/{name}.
 */
export const WAREHOUSE_PERMISSIONS = {
  'products:read': "Read the product catalog and each product's stock",
  'products:write': 'Create, change, discontinue and delete products',
  'warehouses:read': 'Read warehouses',
  'warehouses:write': 'Create and change warehouses, activate and deactivate them',
  'stock:read': 'Read stock levels, the movement ledger and reservations',
  'stock:write': 'Receive, adjust and transfer stock',
  'stock:reserve': 'Reserve stock for an order, release a reservation, issue it (ship it out)',
} as const satisfies Record<string, string>;
