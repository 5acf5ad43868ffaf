/** In ascending order: an upgrade moves right, a downgrade left. */
export const CUSTOMER_TIERS = ['free', 'basic', 'pro', 'enterprise'] as const;

export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

/** Where a tier stands in the order; only comparisons of ranks mean anything. */
export function tierRank(tier: CustomerTier): number {
  return CUSTOMER_TIERS.indexOf(tier);
}
