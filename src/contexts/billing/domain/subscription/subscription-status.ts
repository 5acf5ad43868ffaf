/**
 * `trialing` until the trial ends; `active` while paid; `past_due` while a failed charge is retried on the dunning
 * schedule; then, for good, `canceled` (on request, at a period end as asked, or after the last retry) or `unpaid`
 * (after the last retry when so configured: kept for the record, never renewed).
 */
export const SUBSCRIPTION_STATUSES = ['trialing', 'active', 'past_due', 'canceled', 'unpaid'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** The statuses of a subscription that has not ended: a customer holds at most one such per plan. */
export const LIVE_SUBSCRIPTION_STATUSES: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due'];
