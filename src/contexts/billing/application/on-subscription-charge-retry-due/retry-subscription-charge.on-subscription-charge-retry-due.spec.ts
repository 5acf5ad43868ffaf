import { eventHandlerOf } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { SubscriptionChargeRetryDue } from '../../domain/events/subscription-charge-retry-due.event';
import { RetrySubscriptionCharge } from '../retry-subscription-charge/retry-subscription-charge.command';
import { RetrySubscriptionChargeOnSubscriptionChargeRetryDue } from './retry-subscription-charge.on-subscription-charge-retry-due';

describe('RetrySubscriptionChargeOnSubscriptionChargeRetryDue', () => {
  it('subscribes to billing.subscription-charge-retry-due under its stable id', () => {
    expect(eventHandlerOf(RetrySubscriptionChargeOnSubscriptionChargeRetryDue)).toEqual({
      id: 'billing.retry-subscription-charge-on-subscription-charge-retry-due',
      events: [SubscriptionChargeRetryDue],
    });
  });

  it('sends RetrySubscriptionCharge for the subscription and the attempt the event carries', async () => {
    const execute = jest.fn().mockResolvedValue(undefined);
    const reaction = new RetrySubscriptionChargeOnSubscriptionChargeRetryDue({ execute } as unknown as TransactionalCommandBus);

    await reaction.handle(new SubscriptionChargeRetryDue({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', attempt: 2 }));

    expect(execute).toHaveBeenCalledWith(new RetrySubscriptionCharge('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', 2));
  });
});
