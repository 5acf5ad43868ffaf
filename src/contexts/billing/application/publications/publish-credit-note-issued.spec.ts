import { CreditNoteIssued } from '../../domain/events/credit-note-issued.event';
import { PublishCreditNoteIssued } from './publish-credit-note-issued';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const INVOICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('PublishCreditNoteIssued', () => {
  it('gives other contexts every field of billing.credit-note-issued', () => {
    const event = new CreditNoteIssued({
      creditNoteId: ID,
      number: 'CN-2026-000001',
      invoiceId: INVOICE,
      invoiceNumber: 'INV-2026-000001',
      customerId: CUSTOMER,
      currency: 'EUR',
      total: { amount: 500, currency: 'EUR' },
      reason: 'Goods returned',
      issuedAt: '2026-01-20T12:00:00.000Z',
    });
    expect(new PublishCreditNoteIssued().toContract(event)).toEqual(event.payload);
  });
});
