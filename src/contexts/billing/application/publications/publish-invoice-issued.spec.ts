import { InvoiceIssued } from '../../domain/events/invoice-issued.event';
import { PublishInvoiceIssued } from './publish-invoice-issued';

describe('PublishInvoiceIssued', () => {
  it('gives other contexts the invoiceId of billing.invoice-issued', () => {
    const event = new InvoiceIssued({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishInvoiceIssued().toContract(event)).toEqual({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
