export const ORDER_STATUSES = ['draft', 'placed', 'confirmed', 'shipped', 'delivered', 'cancelled'] as const;

/** draft → placed → confirmed → shipped → delivered; draft, placed or confirmed → cancelled. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];
