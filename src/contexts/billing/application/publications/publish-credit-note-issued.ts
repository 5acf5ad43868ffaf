import { Publication, Publishes } from '@promenade/messaging';
import { CreditNoteIssuedContract, CreditNoteIssuedContractPayload } from '../../contracts';
import { CreditNoteIssued } from '../../domain/events/credit-note-issued.event';

/** What other contexts learn of CreditNoteIssued: field by field, so a field added inside the context stays inside. */
@Publishes(CreditNoteIssued, CreditNoteIssuedContract)
export class PublishCreditNoteIssued implements Publication<CreditNoteIssued, CreditNoteIssuedContract> {
  toContract({ payload }: CreditNoteIssued): CreditNoteIssuedContractPayload {
    return { creditId: payload.creditId };
  }
}
