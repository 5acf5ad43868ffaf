import { Command } from '@nestjs/cqrs';

export class ConfirmPayment extends Command<void> {
  constructor(readonly paymentId: string) {
    super();
  }
}
