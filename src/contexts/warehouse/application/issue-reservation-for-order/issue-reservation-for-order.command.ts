import { Command } from '@nestjs/cqrs';

/**
 * "Order X's held stock left the warehouses": issues its reservation if it is held. Keyed by the order, as other
 * contexts know it; nothing to issue (no reservation, or one no longer held) changes nothing.
 */
export class IssueReservationForOrder extends Command<void> {
  constructor(
    readonly orderId: string,
    /** Who issues, as the ledger records it: the name of the message or process that asked. */
    readonly actor: string,
  ) {
    super();
  }
}
