import { Shortage } from './allocation';

/**
 * Why a line could not be held: too little available across the active warehouses, no such product in the
 * catalog, or a product no longer reserved (discontinued).
 */
export const SHORTAGE_REASONS = ['insufficient', 'unknown', 'discontinued'] as const;
export type ShortageReason = (typeof SHORTAGE_REASONS)[number];

/** A line a failed reservation could not hold; `available` is what could be reserved of it (0 unless insufficient). */
export interface ReservationShortage extends Shortage {
  reason: ShortageReason;
}
