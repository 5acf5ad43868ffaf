import { DOCUMENT_ID, creditNoteIssued } from '../../application/testing/invoice-event-payloads';
import { CreditNoteIssued } from './credit-note-issued.event';

describe('CreditNoteIssued', () => {
  it('travels as billing.credit-note-issued v1 with its payload, under the document id', () => {
    const json = JSON.parse(JSON.stringify(new CreditNoteIssued(creditNoteIssued)));
    expect(json).toMatchObject({ name: 'billing.credit-note-issued', version: 1, aggregateId: DOCUMENT_ID });
    expect(json.payload).toEqual(creditNoteIssued);
  });
});
