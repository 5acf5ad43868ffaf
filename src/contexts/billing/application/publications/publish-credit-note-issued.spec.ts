import { CreditNoteIssued } from '../../domain/events/credit-note-issued.event';
import { PublishCreditNoteIssued } from './publish-credit-note-issued';

describe('PublishCreditNoteIssued', () => {
  it('gives other contexts the creditId of billing.credit-note-issued', () => {
    const event = new CreditNoteIssued({ creditId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishCreditNoteIssued().toContract(event)).toEqual({ creditId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
