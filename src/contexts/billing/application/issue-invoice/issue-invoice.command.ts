import { Command } from '@nestjs/cqrs';

export class IssueInvoice extends Command<void> {
  constructor(readonly invoiceId: string) {
    super();
  }
}
