import { Command } from '@nestjs/cqrs';

export class VoidInvoice extends Command<void> {
  constructor(readonly invoiceId: string) {
    super();
  }
}
