import { Command } from '@nestjs/cqrs';

/** Issues a draft; answers the number it got (INV-2026-000001). */
export class IssueInvoice extends Command<string> {
  constructor(readonly invoiceId: string) {
    super();
  }
}
