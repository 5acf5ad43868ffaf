import { Command } from '@nestjs/cqrs';

export class PlaceOrder extends Command<void> {
  constructor(
    readonly orderId: string,
    /** Billing's payment method to charge for it. */
    readonly paymentMethodId: string,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
