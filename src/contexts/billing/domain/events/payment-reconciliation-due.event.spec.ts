import { PaymentReconciliationDue } from './payment-reconciliation-due.event';

describe('PaymentReconciliationDue', () => {
  it('travels as billing.payment-reconciliation-due v1 with its payload and due time', () => {
    const event = new PaymentReconciliationDue(
      { paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', attempt: 2 },
      { deliverAt: '2026-01-01T00:01:00.000Z' },
    );
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.payment-reconciliation-due', version: 1, aggregateId: event.payload.paymentId });
    expect(json.payload).toEqual({ paymentId: event.payload.paymentId, attempt: 2 });
    expect(event.metadata.deliverAt).toBe('2026-01-01T00:01:00.000Z');
  });
});
