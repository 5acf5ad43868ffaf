import { Command } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';

/** Gives back part or all of a captured payment, and issues the credit note that documents it; answers the credit note's id. */
export class RefundPayment extends Command<string> {
  constructor(
    readonly paymentId: string,
    /** Absent: everything not yet refunded. */
    readonly amount?: Money,
  ) {
    super();
  }
}
