import { Publication, Publishes } from '@promenade/messaging';
import { CreditNoteIssuedContract, CreditNoteIssuedContractPayload } from '../../contracts';
import { CreditNoteIssued } from '../../domain/events/credit-note-issued.event';

/** What other contexts learn of CreditNoteIssued: field by field, so a field added inside the context stays inside. */
@Publishes(CreditNoteIssued, CreditNoteIssuedContract)
export class PublishCreditNoteIssued implements Publication<CreditNoteIssued, CreditNoteIssuedContract> {
  toContract({ payload }: CreditNoteIssued): CreditNoteIssuedContractPayload {
    return {
      creditNoteId: payload.creditNoteId,
      number: payload.number,
      invoiceId: payload.invoiceId,
      invoiceNumber: payload.invoiceNumber,
      customerId: payload.customerId,
      currency: payload.currency,
      total: payload.total,
      reason: payload.reason,
      issuedAt: payload.issuedAt,
    };
  }
}
