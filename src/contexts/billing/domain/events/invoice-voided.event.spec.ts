import { InvoiceVoided } from './invoice-voided.event';

describe('InvoiceVoided', () => {
  it('travels as billing.invoice-voided v1 with its payload', () => {
    const event = new InvoiceVoided({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as InvoiceVoided['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.invoice-voided', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
