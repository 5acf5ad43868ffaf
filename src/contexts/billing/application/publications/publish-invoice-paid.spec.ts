import { InvoicePaid } from '../../domain/events/invoice-paid.event';
import { invoicePaid } from '../testing/invoice-event-payloads';
import { PublishInvoicePaid } from './publish-invoice-paid';

describe('PublishInvoicePaid', () => {
  it('gives other contexts every field of billing.invoice-paid', () => {
    expect(new PublishInvoicePaid().toContract(new InvoicePaid(invoicePaid))).toEqual(invoicePaid);
  });
});
