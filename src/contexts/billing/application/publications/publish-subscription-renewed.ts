import { Publication, Publishes } from '@promenade/messaging';
import { SubscriptionRenewedContract, SubscriptionRenewedContractPayload } from '../../contracts';
import { SubscriptionRenewed } from '../../domain/events/subscription-renewed.event';

/** What other contexts learn of SubscriptionRenewed: field by field, so a field added inside the context stays inside. */
@Publishes(SubscriptionRenewed, SubscriptionRenewedContract)
export class PublishSubscriptionRenewed implements Publication<SubscriptionRenewed, SubscriptionRenewedContract> {
  toContract({ payload }: SubscriptionRenewed): SubscriptionRenewedContractPayload {
    return {
      subscriptionId: payload.subscriptionId,
      customerId: payload.customerId,
      planCode: payload.planCode,
      invoiceId: payload.invoiceId,
      periodStart: payload.periodStart,
      periodEnd: payload.periodEnd,
      renewedAt: payload.renewedAt,
    };
  }
}
