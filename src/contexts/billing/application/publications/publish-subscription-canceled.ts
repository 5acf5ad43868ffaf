import { Publication, Publishes } from '@promenade/messaging';
import { SubscriptionCanceledContract, SubscriptionCanceledContractPayload } from '../../contracts';
import { SubscriptionCanceled } from '../../domain/events/subscription-canceled.event';

/** What other contexts learn of SubscriptionCanceled: field by field, so a field added inside the context stays inside. */
@Publishes(SubscriptionCanceled, SubscriptionCanceledContract)
export class PublishSubscriptionCanceled implements Publication<SubscriptionCanceled, SubscriptionCanceledContract> {
  toContract({ payload }: SubscriptionCanceled): SubscriptionCanceledContractPayload {
    return {
      subscriptionId: payload.subscriptionId,
      customerId: payload.customerId,
      planCode: payload.planCode,
      reason: payload.reason,
      canceledAt: payload.canceledAt,
    };
  }
}
