import { Command } from '@nestjs/cqrs';

/** The order is paid for and its stock held. */
export class ConfirmOrder extends Command<void> {
  constructor(
    readonly orderId: string,
    /** Billing's payment that paid for it, kept in the timeline. */
    readonly paymentId: string,
  ) {
    super();
  }
}
