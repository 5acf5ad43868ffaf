/** An inactive warehouse takes no receipts and no new reservations; its stock can still ship and move out. */
export const WAREHOUSE_STATUSES = ['active', 'inactive'] as const;
export type WarehouseStatus = (typeof WAREHOUSE_STATUSES)[number];
