import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { SubscriptionChargeRetryDue } from '../../domain/events/subscription-charge-retry-due.event';
import { RetrySubscriptionCharge } from '../retry-subscription-charge/retry-subscription-charge.command';

/**
 * A dunning retry's day, delivered by the transport's scheduler (survives a restart). Nothing cancels it when the
 * subscription recovers or is canceled first: the command checks, and then does nothing.
 */
@EventHandler('billing.retry-subscription-charge-on-subscription-charge-retry-due', SubscriptionChargeRetryDue)
export class RetrySubscriptionChargeOnSubscriptionChargeRetryDue implements IEventHandler<SubscriptionChargeRetryDue> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle({ payload }: SubscriptionChargeRetryDue): Promise<void> {
    return this.commands.execute(new RetrySubscriptionCharge(payload.subscriptionId, payload.attempt));
  }
}
