import { InvoiceIssued } from '../../domain/events/invoice-issued.event';
import { invoiceIssued } from '../testing/invoice-event-payloads';
import { PublishInvoiceIssued } from './publish-invoice-issued';

describe('PublishInvoiceIssued', () => {
  it('gives other contexts every field of billing.invoice-issued', () => {
    expect(new PublishInvoiceIssued().toContract(new InvoiceIssued(invoiceIssued))).toEqual(invoiceIssued);
  });
});
