import { Command } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';

export interface CreditNoteRequest {
  invoiceId: string;
  /** In the invoice's currency, above zero; absent: everything still creditable (paid less already credited). */
  amount?: Money;
  reason: string;
}

/** Gives part (or all) of a paid invoice back with a credit note, issued at once; answers the credit note's id. */
export class IssueCreditNote extends Command<string> {
  constructor(readonly request: CreditNoteRequest) {
    super();
  }
}
