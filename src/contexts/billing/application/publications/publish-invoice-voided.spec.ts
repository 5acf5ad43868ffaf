import { InvoiceVoided } from '../../domain/events/invoice-voided.event';
import { PublishInvoiceVoided } from './publish-invoice-voided';

describe('PublishInvoiceVoided', () => {
  it('gives other contexts the invoiceId of billing.invoice-voided', () => {
    const event = new InvoiceVoided({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishInvoiceVoided().toContract(event)).toEqual({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
