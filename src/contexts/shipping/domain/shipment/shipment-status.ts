export const SHIPMENT_STATUSES = ['held', 'pending', 'shipped', 'delivered', 'cancelled'] as const;

/** held → pending (released) → shipped → delivered, or held | pending → cancelled. */
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
