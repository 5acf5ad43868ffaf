import { Command } from '@nestjs/cqrs';

/** Ask the provider what became of a charge it did not answer, and settle the payment by it (or ask again later). */
export class ReconcilePayment extends Command<void> {
  constructor(
    readonly paymentId: string,
    /** The reconciliation this is; one the payment has moved past does nothing. */
    readonly attempt: number,
  ) {
    super();
  }
}
