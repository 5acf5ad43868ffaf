import { CreditNoteIssued } from './credit-note-issued.event';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const INVOICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('CreditNoteIssued', () => {
  it('travels as billing.credit-note-issued v1 with its payload, under the document id', () => {
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
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.credit-note-issued', version: 1, aggregateId: ID });
    expect(json.payload).toEqual(event.payload);
  });
});
