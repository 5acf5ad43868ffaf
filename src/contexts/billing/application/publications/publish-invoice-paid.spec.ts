import { InvoicePaid } from '../../domain/events/invoice-paid.event';
import { PublishInvoicePaid } from './publish-invoice-paid';

describe('PublishInvoicePaid', () => {
  it('gives other contexts the invoiceId of billing.invoice-paid', () => {
    const event = new InvoicePaid({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishInvoicePaid().toContract(event)).toEqual({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
