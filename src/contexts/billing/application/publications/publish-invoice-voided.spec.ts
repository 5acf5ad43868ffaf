import { InvoiceVoided } from '../../domain/events/invoice-voided.event';
import { PublishInvoiceVoided } from './publish-invoice-voided';

const ID = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('PublishInvoiceVoided', () => {
  it('gives other contexts every field of billing.invoice-voided', () => {
    const event = new InvoiceVoided({
      invoiceId: ID,
      number: 'INV-2026-000001',
      customerId: CUSTOMER,
      currency: 'EUR',
      total: { amount: 2400, currency: 'EUR' },
      voidedAt: '2026-01-20T12:00:00.000Z',
    });
    expect(new PublishInvoiceVoided().toContract(event)).toEqual(event.payload);
  });
});
