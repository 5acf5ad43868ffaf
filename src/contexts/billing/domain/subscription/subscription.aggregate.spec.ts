import { SubscriptionCreated } from '../events/subscription-created.event';
import { Subscription } from './subscription.aggregate';

describe('Subscription', () => {
  it('is created with a new id and raises SubscriptionCreated', () => {
    const subscription = Subscription.create(new Date('2026-01-01T00:00:00Z'));
    expect(subscription.isNew).toBe(true);
    const [event] = subscription.pullEvents();
    expect(event).toBeInstanceOf(SubscriptionCreated);
    expect(event.eventName).toBe('billing.subscription-created');
    expect((event as SubscriptionCreated).payload).toEqual({ subscriptionId: subscription.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const subscription = Subscription.restore(state);
    expect(subscription.snapshot()).toEqual(state);
    expect(subscription.pullEvents()).toEqual([]);
  });
});
