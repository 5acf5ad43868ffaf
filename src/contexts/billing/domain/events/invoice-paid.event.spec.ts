import { DOCUMENT_ID, invoicePaid } from '../../application/testing/invoice-event-payloads';
import { InvoicePaid } from './invoice-paid.event';

describe('InvoicePaid', () => {
  it('travels as billing.invoice-paid v1 with its payload, under the document id', () => {
    const json = JSON.parse(JSON.stringify(new InvoicePaid(invoicePaid)));
    expect(json).toMatchObject({ name: 'billing.invoice-paid', version: 1, aggregateId: DOCUMENT_ID });
    expect(json.payload).toEqual(invoicePaid);
  });
});
