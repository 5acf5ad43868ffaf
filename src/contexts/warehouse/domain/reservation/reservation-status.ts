export const RESERVATION_STATUSES = ['held', 'committed', 'released', 'expired', 'failed'] as const;

/** held → committed (issued) | released | expired; failed (short) is tried again by a repeated reserve. */
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
