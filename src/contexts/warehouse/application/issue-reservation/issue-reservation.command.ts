import { Command } from '@nestjs/cqrs';

/** "Issue the reservation of order X": its stock leaves the warehouses, an issue in the ledger by `actor`. */
export class IssueReservation extends Command<void> {
  constructor(
    readonly reservationId: string,
    /** A user id, or the name of the process that issues (a saga). */
    readonly actor: string,
  ) {
    super();
  }
}
