import { InvoicePaid } from './invoice-paid.event';

describe('InvoicePaid', () => {
  it('travels as billing.invoice-paid v1 with its payload', () => {
    const event = new InvoicePaid({ invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as InvoicePaid['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.invoice-paid', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
