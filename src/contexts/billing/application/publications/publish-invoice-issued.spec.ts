import { InvoiceIssued } from '../../domain/events/invoice-issued.event';
import { PublishInvoiceIssued } from './publish-invoice-issued';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('PublishInvoiceIssued', () => {
  it('gives other contexts every field of billing.invoice-issued', () => {
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
    expect(new PublishInvoiceIssued().toContract(event)).toEqual(event.payload);
  });
});
