import { DOCUMENT_ID, invoiceIssued } from '../../application/testing/invoice-event-payloads';
import { InvoiceIssued } from './invoice-issued.event';

describe('InvoiceIssued', () => {
  it('travels as billing.invoice-issued v1 with its payload, under the document id', () => {
    const json = JSON.parse(JSON.stringify(new InvoiceIssued(invoiceIssued)));
    expect(json).toMatchObject({ name: 'billing.invoice-issued', version: 1, aggregateId: DOCUMENT_ID });
    expect(json.payload).toEqual(invoiceIssued);
  });
});
