import { Command } from '@nestjs/cqrs';
import { ReportedPaymentState } from '../../domain/order/payment-state';

/** Billing's word on the order's payment, as reported to Ordering by message. */
export class RecordOrderPayment extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly paymentState: ReportedPaymentState,
    /** Shown in the timeline (a failure's reason, say); null: nothing to add. */
    readonly detail: string | null,
  ) {
    super();
  }
}
