import { SubscriptionStatus } from './subscription-status';
import { Subscription } from './subscription.aggregate';

export const SUBSCRIPTION_REPOSITORY = Symbol('SubscriptionRepository');

export interface SubscriptionFilter {
  customerId?: string;
  status?: SubscriptionStatus;
  planCode?: string;
}

/** Where subscriptions are kept. `save` is optimistic (ConcurrencyConflict). */
export interface SubscriptionRepository {
  /** Throws SubscriptionNotFound, also for another customer's when `ownerId` is given (no existence leak). */
  getById(id: string, ownerId?: string): Promise<Subscription>;
  /** Newest first. */
  findPage(filter: SubscriptionFilter, offset: number, limit: number): Promise<{ items: Subscription[]; total: number }>;
  save(subscription: Subscription): Promise<void>;
}
