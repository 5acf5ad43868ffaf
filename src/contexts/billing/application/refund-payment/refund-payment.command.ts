import { Command } from '@nestjs/cqrs';

export class RefundPayment extends Command<void> {
  constructor(readonly paymentId: string) {
    super();
  }
}
