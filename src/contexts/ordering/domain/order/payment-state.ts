export const PAYMENT_STATES = ['none', 'pending', 'captured', 'failed', 'voided', 'refunded'] as const;

/** Where the order's payment stands, as Billing reported it: `none` until placed, then `pending` until Billing settles it. */
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** What a payment report may say; `none` and `pending` are Ordering's own. */
export const REPORTED_PAYMENT_STATES = ['captured', 'failed', 'voided', 'refunded'] as const;
export type ReportedPaymentState = (typeof REPORTED_PAYMENT_STATES)[number];

/**
 * The reports each state accepts: a pending payment is captured or failed, and its invoice may be voided
 * (before or after a failure); only captured money is refunded, including a payment that landed after the order
 * gave up waiting and voided its invoice. Anything else contradicts what was recorded.
 */
const NEXT: Readonly<Record<PaymentState, readonly ReportedPaymentState[]>> = {
  none: [],
  pending: ['captured', 'failed', 'voided'],
  failed: ['voided'],
  captured: ['refunded'],
  voided: ['refunded'],
  refunded: [],
};

export function canMovePayment(from: PaymentState, to: ReportedPaymentState): boolean {
  return NEXT[from].includes(to);
}
