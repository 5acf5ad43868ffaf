import { Subscription } from './subscription.aggregate';

export const SUBSCRIPTION_REPOSITORY = Symbol('SubscriptionRepository');

/** Where subscriptions are kept. `getById` throws SubscriptionNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface SubscriptionRepository {
  getById(id: string): Promise<Subscription>;
  save(subscription: Subscription): Promise<void>;
}
