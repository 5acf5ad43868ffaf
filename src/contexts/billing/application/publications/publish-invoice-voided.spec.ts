import { InvoiceVoided } from '../../domain/events/invoice-voided.event';
import { invoiceVoided } from '../testing/invoice-event-payloads';
import { PublishInvoiceVoided } from './publish-invoice-voided';

describe('PublishInvoiceVoided', () => {
  it('gives other contexts every field of billing.invoice-voided', () => {
    expect(new PublishInvoiceVoided().toContract(new InvoiceVoided(invoiceVoided))).toEqual(invoiceVoided);
  });
});
