import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { SubscriptionPeriodEnded } from '../../domain/events/subscription-period-ended.event';
import { RenewSubscription } from '../renew-subscription/renew-subscription.command';

/**
 * A period's (or trial's) end, delivered by the transport's scheduler at that time (survives a restart). Nothing
 * cancels it when the subscription is canceled or falls past due first: the command checks, and then does nothing.
 */
@EventHandler('billing.renew-subscription-on-subscription-period-ended', SubscriptionPeriodEnded)
export class RenewSubscriptionOnSubscriptionPeriodEnded implements IEventHandler<SubscriptionPeriodEnded> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle({ payload }: SubscriptionPeriodEnded): Promise<void> {
    return this.commands.execute(new RenewSubscription(payload.subscriptionId, new Date(payload.periodEnd)));
  }
}
