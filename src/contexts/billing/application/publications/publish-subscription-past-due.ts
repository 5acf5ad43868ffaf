import { Publication, Publishes } from '@promenade/messaging';
import { SubscriptionPastDueContract, SubscriptionPastDueContractPayload } from '../../contracts';
import { SubscriptionPastDue } from '../../domain/events/subscription-past-due.event';

/** What other contexts learn of SubscriptionPastDue: field by field, so a field added inside the context stays inside. */
@Publishes(SubscriptionPastDue, SubscriptionPastDueContract)
export class PublishSubscriptionPastDue implements Publication<SubscriptionPastDue, SubscriptionPastDueContract> {
  toContract({ payload }: SubscriptionPastDue): SubscriptionPastDueContractPayload {
    return {
      subscriptionId: payload.subscriptionId,
      customerId: payload.customerId,
      planCode: payload.planCode,
      invoiceId: payload.invoiceId,
      pastDueSince: payload.pastDueSince,
      nextRetryAt: payload.nextRetryAt,
    };
  }
}
