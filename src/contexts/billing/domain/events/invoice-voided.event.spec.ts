import { DOCUMENT_ID, invoiceVoided } from '../../application/testing/invoice-event-payloads';
import { InvoiceVoided } from './invoice-voided.event';

describe('InvoiceVoided', () => {
  it('travels as billing.invoice-voided v1 with its payload, under the document id', () => {
    const json = JSON.parse(JSON.stringify(new InvoiceVoided(invoiceVoided)));
    expect(json).toMatchObject({ name: 'billing.invoice-voided', version: 1, aggregateId: DOCUMENT_ID });
    expect(json.payload).toEqual(invoiceVoided);
  });
});
