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
  /** The customer's subscription to the plan that has not ended (trialing, active or past due), if any. */
  findLive(customerId: string, planCode: string): Promise<Subscription | null>;
  /** Throws SubscriptionAlreadyExists for a second live subscription of a customer to a plan (two racing starts). */
  save(subscription: Subscription): Promise<void>;
}
