import { eventHandlerOf } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { SubscriptionPeriodEnded } from '../../domain/events/subscription-period-ended.event';
import { RenewSubscription } from '../renew-subscription/renew-subscription.command';
import { RenewSubscriptionOnSubscriptionPeriodEnded } from './renew-subscription.on-subscription-period-ended';

describe('RenewSubscriptionOnSubscriptionPeriodEnded', () => {
  it('subscribes to billing.subscription-period-ended under its stable id', () => {
    expect(eventHandlerOf(RenewSubscriptionOnSubscriptionPeriodEnded)).toEqual({
      id: 'billing.renew-subscription-on-subscription-period-ended',
      events: [SubscriptionPeriodEnded],
    });
  });

  it('sends RenewSubscription for the subscription and the period end the event carries', async () => {
    const execute = jest.fn().mockResolvedValue(undefined);
    const reaction = new RenewSubscriptionOnSubscriptionPeriodEnded({ execute } as unknown as TransactionalCommandBus);

    await reaction.handle(
      new SubscriptionPeriodEnded({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', periodEnd: '2026-02-28T10:00:00.000Z' }),
    );

    expect(execute).toHaveBeenCalledWith(
      new RenewSubscription('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', new Date('2026-02-28T10:00:00.000Z')),
    );
  });
});
