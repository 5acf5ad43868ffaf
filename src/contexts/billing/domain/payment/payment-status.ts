/** `pending` until the provider answers; `requires_action` while it waits for the customer (3-D Secure); then final. */
export const PAYMENT_STATUSES = ['pending', 'requires_action', 'succeeded', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Not settled yet: the provider may still capture the money, so the invoice counts it as spoken for. */
export const OPEN_PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'requires_action'];
