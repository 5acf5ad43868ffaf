import { PaymentMethodCreated } from '../events/payment-method-created.event';
import { PaymentMethod } from './payment-method.aggregate';

describe('PaymentMethod', () => {
  it('is created with a new id and raises PaymentMethodCreated', () => {
    const paymentMethod = PaymentMethod.create(new Date('2026-01-01T00:00:00Z'));
    expect(paymentMethod.isNew).toBe(true);
    const [event] = paymentMethod.pullEvents();
    expect(event).toBeInstanceOf(PaymentMethodCreated);
    expect(event.eventName).toBe('billing.payment-method-created');
    expect((event as PaymentMethodCreated).payload).toEqual({ paymentMethodId: paymentMethod.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const paymentMethod = PaymentMethod.restore(state);
    expect(paymentMethod.snapshot()).toEqual(state);
    expect(paymentMethod.pullEvents()).toEqual([]);
  });
});
