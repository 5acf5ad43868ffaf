import { Command } from '@nestjs/cqrs';

/**
 * "Let order X's held stock go, because …": releases its reservation if it is held. Keyed by the order, as other
 * contexts know it; nothing to release (no reservation, or one no longer held) changes nothing.
 */
export class ReleaseReservationForOrder extends Command<void> {
  constructor(
    readonly orderId: string,
    /** Why, for the log: the reservation keeps no reason. */
    readonly reason: string,
  ) {
    super();
  }
}
