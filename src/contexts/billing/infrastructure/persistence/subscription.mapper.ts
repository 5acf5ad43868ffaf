import { AggregateMapper } from '@promenade/persistence';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionModel } from './subscription.model';

export const subscriptionMapper: AggregateMapper<Subscription, SubscriptionModel> = {
  toDomain(model) {
    return Subscription.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(subscription) {
    return Object.assign(new SubscriptionModel(), { id: subscription.id, createdAt: subscription.createdAt });
  },
};
