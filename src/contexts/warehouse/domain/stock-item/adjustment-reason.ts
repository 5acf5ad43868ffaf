/** Why a stock count was corrected by hand: a recount, damaged or lost goods, goods found. */
export const ADJUSTMENT_REASONS = ['count', 'damage', 'loss', 'found'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export const ADJUSTMENT_DIRECTIONS = ['increase', 'decrease'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];
