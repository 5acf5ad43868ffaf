import { Command } from '@nestjs/cqrs';

export class DeletePaymentMethod extends Command<void> {
  constructor(readonly paymentMethodId: string) {
    super();
  }
}
