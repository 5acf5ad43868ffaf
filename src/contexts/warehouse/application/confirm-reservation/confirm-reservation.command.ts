import { Command } from '@nestjs/cqrs';

/**
 * "Order X will take its held stock": its reservation is held until issued or released, without expiry. Keyed by the
 * order, as other contexts know it. Nothing to confirm (no reservation, or one no longer held) changes nothing.
 */
export class ConfirmReservation extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
