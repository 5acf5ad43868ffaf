import { PaymentCreated } from '../events/payment-created.event';
import { Payment } from './payment.aggregate';

describe('Payment', () => {
  it('is created with a new id and raises PaymentCreated', () => {
    const payment = Payment.create(new Date('2026-01-01T00:00:00Z'));
    expect(payment.isNew).toBe(true);
    const [event] = payment.pullEvents();
    expect(event).toBeInstanceOf(PaymentCreated);
    expect(event.eventName).toBe('billing.payment-created');
    expect((event as PaymentCreated).payload).toEqual({ paymentId: payment.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const payment = Payment.restore(state);
    expect(payment.snapshot()).toEqual(state);
    expect(payment.pullEvents()).toEqual([]);
  });
});
