import { Command } from '@nestjs/cqrs';

export class UpdateInvoice extends Command<void> {
  constructor(readonly invoiceId: string) {
    super();
  }
}
