import { InvoiceIssued } from './invoice-issued.event';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('InvoiceIssued', () => {
  it('travels as billing.invoice-issued v1 with its payload, under the document id', () => {
    const event = new InvoiceIssued({
      invoiceId: ID,
      number: 'INV-2026-000001',
      customerId: CUSTOMER,
      currency: 'EUR',
      subtotal: { amount: 2000, currency: 'EUR' },
      taxTotal: { amount: 400, currency: 'EUR' },
      total: { amount: 2400, currency: 'EUR' },
      dueDate: '2026-02-15',
      sourceReference: null,
      issuedAt: '2026-01-15T10:00:00.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.invoice-issued', version: 1, aggregateId: ID });
    expect(json.payload).toEqual(event.payload);
  });
});
