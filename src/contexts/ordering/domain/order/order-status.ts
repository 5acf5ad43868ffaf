export const ORDER_STATUSES = ['draft', 'placed', 'cancelled'] as const;

/** draft → placed → cancelled, or draft → cancelled. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];
