import { Command } from '@nestjs/cqrs';

export class DeletePaymentMethod extends Command<void> {
  constructor(
    readonly paymentMethodId: string,
    /** Only this customer's method is found; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
