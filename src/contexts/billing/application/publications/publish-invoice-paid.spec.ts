import { InvoicePaid } from '../../domain/events/invoice-paid.event';
import { PublishInvoicePaid } from './publish-invoice-paid';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('PublishInvoicePaid', () => {
  it('gives other contexts every field of billing.invoice-paid', () => {
    const event = new InvoicePaid({
      invoiceId: ID,
      number: 'INV-2026-000001',
      customerId: CUSTOMER,
      currency: 'EUR',
      total: { amount: 2400, currency: 'EUR' },
      amountPaid: { amount: 2400, currency: 'EUR' },
      paidAt: '2026-01-20T12:00:00.000Z',
    });
    expect(new PublishInvoicePaid().toContract(event)).toEqual(event.payload);
  });
});
