import { AggregateMapper } from '@promenade/persistence';
import { SubscriptionStatus } from '../../domain/subscription/subscription-status';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionModel } from './subscription.model';

export const subscriptionMapper: AggregateMapper<Subscription, SubscriptionModel> = {
  toDomain(model) {
    return Subscription.restore({
      id: model.id,
      version: model.version,
      customerId: model.customerId,
      planCode: model.planCode,
      paymentMethodId: model.paymentMethodId,
      status: model.status as SubscriptionStatus,
      anchor: model.anchor,
      currentPeriodStart: model.currentPeriodStart,
      currentPeriodEnd: model.currentPeriodEnd,
      cancelAtPeriodEnd: model.cancelAtPeriodEnd,
      dunningAttempt: model.dunningAttempt,
      pastDueSince: model.pastDueSince,
      latestInvoiceId: model.latestInvoiceId,
      canceledAt: model.canceledAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(subscription) {
    const { version: _version, updatedAt: _updatedAt, ...fields } = subscription.snapshot();
    return Object.assign(new SubscriptionModel(), fields);
  },
};
