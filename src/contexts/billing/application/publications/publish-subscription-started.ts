import { Publication, Publishes } from '@promenade/messaging';
import { SubscriptionStartedContract, SubscriptionStartedContractPayload } from '../../contracts';
import { SubscriptionStarted } from '../../domain/events/subscription-started.event';

/** What other contexts learn of SubscriptionStarted: field by field, so a field added inside the context stays inside. */
@Publishes(SubscriptionStarted, SubscriptionStartedContract)
export class PublishSubscriptionStarted implements Publication<SubscriptionStarted, SubscriptionStartedContract> {
  toContract({ payload }: SubscriptionStarted): SubscriptionStartedContractPayload {
    return {
      subscriptionId: payload.subscriptionId,
      customerId: payload.customerId,
      planCode: payload.planCode,
      status: payload.status,
      currentPeriodStart: payload.currentPeriodStart,
      currentPeriodEnd: payload.currentPeriodEnd,
      startedAt: payload.startedAt,
    };
  }
}
