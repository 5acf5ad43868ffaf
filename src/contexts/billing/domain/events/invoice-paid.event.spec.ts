import { InvoicePaid } from './invoice-paid.event';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('InvoicePaid', () => {
  it('travels as billing.invoice-paid v1 with its payload, under the document id', () => {
    const event = new InvoicePaid({
      invoiceId: ID,
      number: 'INV-2026-000001',
      customerId: CUSTOMER,
      currency: 'EUR',
      total: { amount: 2400, currency: 'EUR' },
      amountPaid: { amount: 2400, currency: 'EUR' },
      paidAt: '2026-01-20T12:00:00.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.invoice-paid', version: 1, aggregateId: ID });
    expect(json.payload).toEqual(event.payload);
  });
});
