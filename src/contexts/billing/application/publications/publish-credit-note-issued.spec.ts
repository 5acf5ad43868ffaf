import { CreditNoteIssued } from '../../domain/events/credit-note-issued.event';
import { creditNoteIssued } from '../testing/invoice-event-payloads';
import { PublishCreditNoteIssued } from './publish-credit-note-issued';

describe('PublishCreditNoteIssued', () => {
  it('gives other contexts every field of billing.credit-note-issued', () => {
    expect(new PublishCreditNoteIssued().toContract(new CreditNoteIssued(creditNoteIssued))).toEqual(creditNoteIssued);
  });
});
