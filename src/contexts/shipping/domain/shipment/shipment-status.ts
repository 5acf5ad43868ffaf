export const SHIPMENT_STATUSES = ['pending', 'shipped', 'delivered', 'cancelled'] as const;

/** pending → shipped → delivered, or pending → cancelled. */
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
