export const ORDER_TIMELINE_TYPES = [
  'placed',
  'payment-captured',
  'payment-failed',
  'payment-voided',
  'payment-refunded',
  'confirmed',
  'shipped',
  'delivered',
  'cancelled',
] as const;

export type OrderTimelineType = (typeof ORDER_TIMELINE_TYPES)[number];

/** One step of the order's life, oldest first: what happened, when, and the fact worth showing with it. */
export interface OrderTimelineEntry {
  readonly at: Date;
  readonly type: OrderTimelineType;
  readonly detail: string | null;
}
