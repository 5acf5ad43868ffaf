import { InvoiceIssued } from './invoice-issued.event';

describe('InvoiceIssued', () => {
  it('travels as billing.invoice-issued v1 with its payload', () => {
    const event = new InvoiceIssued({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as InvoiceIssued['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.invoice-issued', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
