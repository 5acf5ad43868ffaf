import { Command } from '@nestjs/cqrs';

export class CreditInvoice extends Command<void> {
  constructor(readonly invoiceId: string) {
    super();
  }
}
