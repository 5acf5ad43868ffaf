import { Email } from '@promenade/ddd';
import { Customer } from './customer.aggregate';
import { CustomerStatus } from './customer-status';
import { CustomerTier } from './customer-tier';

export const CUSTOMER_REPOSITORY = Symbol('CustomerRepository');

export interface CustomerFilter {
  status?: CustomerStatus;
  tier?: CustomerTier;
  /** Customers carrying this tag (lower case). */
  tag?: string;
  assignedTo?: string;
  companyId?: string;
  /** Part of the name or email, whatever its case. */
  search?: string;
}

export const CUSTOMER_SORT_FIELDS = ['createdAt', 'name', 'email', 'status', 'tier'] as const;

/** Status sorts in lifecycle order and tier from free to enterprise; ties go newest first. */
export interface CustomerSort {
  field: (typeof CUSTOMER_SORT_FIELDS)[number];
  direction: 'asc' | 'desc';
}

export const NEWEST_FIRST: CustomerSort = { field: 'createdAt', direction: 'desc' };

/**
 * Where customers are kept; deleted ones stay stored but are never answered (except by
 * `findLinkedToUser`). `save` is optimistic (ConcurrencyConflict) and answers CUSTOMER_EMAIL_TAKEN
 * when a concurrent request stored a live customer with the same email.
 */
export interface CustomerRepository {
  /**
   * A live customer. Throws CustomerNotFound when there is none with that id, or when `ownerId` is
   * given and the customer is assigned to someone else: to a rep limited to their own, it does not exist.
   */
  getById(id: string, ownerId?: string): Promise<Customer>;
  /** The live customer with this email (compared case-insensitively), if any. */
  findLiveByEmail(email: Email): Promise<Customer | null>;
  /** The customer linked to this user, deleted or not: a user is linked once, ever. */
  findLinkedToUser(userId: string): Promise<Customer | null>;
  /**
   * `findLinkedToUser`, and the customer stays locked until the transaction ends: deliveries of events about one
   * user (a burst of orders) wait for each other instead of failing on the version and being retried.
   */
  lockLinkedToUser(userId: string): Promise<Customer | null>;
  findPage(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number): Promise<{ items: Customer[]; total: number }>;
  save(customer: Customer): Promise<void>;
}
