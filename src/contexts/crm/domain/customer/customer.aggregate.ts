import { AggregateRoot, Email, Money, Patch, newId, patched } from '@promenade/ddd';
import { CustomerAssigned } from '../events/customer-assigned.event';
import { CustomerChurned } from '../events/customer-churned.event';
import { CustomerConverted } from '../events/customer-converted.event';
import { CustomerCreated } from '../events/customer-created.event';
import { CustomerDeleted } from '../events/customer-deleted.event';
import { CustomerDowngraded } from '../events/customer-downgraded.event';
import { CustomerLinkedToUser } from '../events/customer-linked-to-user.event';
import { CustomerQualified } from '../events/customer-qualified.event';
import { CustomerReactivated } from '../events/customer-reactivated.event';
import { CustomerUpgraded } from '../events/customer-upgraded.event';
import { AcquisitionSource } from './acquisition-source';
import { CustomerStatus } from './customer-status';
import { customerTag } from './customer-tag';
import { CustomerTier, tierRank } from './customer-tier';
import { LifetimeValue } from './lifetime-value';
import {
  CustomerAlreadyLinked,
  CustomerChurnReasonRequired,
  CustomerDetailsInvalid,
  CustomerInvalidTransition,
  CustomerNotFound,
  CustomerSameRep,
  CustomerTagDuplicate,
  CustomerTagMissing,
  CustomerTierNotHigher,
  CustomerTierNotLower,
} from './customer.errors';

export const CUSTOMER_NAME_MAX_LENGTH = 200;
/** Digits with the usual separators and an optional leading +; 3-32 characters. */
export const CUSTOMER_PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{1,30}[0-9]$/;
export const CUSTOMER_TAGS_MAX = 50;

/** What a person tells us about a customer; the rest of the state follows from what happens to it. */
export interface CustomerDetails {
  name: string;
  email: Email;
  phone: string | null;
  source: AcquisitionSource;
  companyId: string | null;
}

export interface CustomerState extends CustomerDetails {
  id: string;
  version: number;
  /** The sales rep's user id; null only for a lead from a sign-up that no one was given yet. */
  assignedTo: string | null;
  userId: string | null;
  tags: string[];
  tier: CustomerTier;
  status: CustomerStatus;
  convertedAt: Date | null;
  churnedAt: Date | null;
  churnReason: string | null;
  /** Orders the linked user placed, as Ordering reported them; each order counted once. */
  orderCount: number;
  /** When the latest of those orders was placed; null before the first. */
  lastOrderAt: Date | null;
  /** Orders delivered to the linked user; each order counted once. */
  deliveredOrderCount: number;
  /** The delivered orders' totals, summed per currency. */
  lifetimeValue: LifetimeValue;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface NewCustomer extends CustomerDetails {
  assignedTo: string | null;
  userId?: string | null;
  tags?: string[];
}

/**
 * A person or business we sell to, from lead to customer (and churned, and back). Its lifecycle,
 * tiers, rep, user link and tags change only through the methods below, which check their rules
 * first and raise an event after.
 */
export class Customer extends AggregateRoot<CustomerState> {
  private constructor(state: CustomerState) {
    super(state);
  }

  /** A new lead on the free tier. */
  static create(input: NewCustomer, now = new Date()): Customer {
    const customer = new Customer({
      id: newId(),
      version: 0,
      ...checkedDetails(input),
      assignedTo: input.assignedTo,
      userId: input.userId ?? null,
      tags: [],
      tier: 'free',
      status: 'lead',
      convertedAt: null,
      churnedAt: null,
      churnReason: null,
      orderCount: 0,
      lastOrderAt: null,
      deliveredOrderCount: 0,
      lifetimeValue: LifetimeValue.none(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    for (const tag of input.tags ?? []) customer.addTag(tag);
    const { status, tier, source, assignedTo, companyId, userId } = customer.state;
    customer.apply(
      new CustomerCreated({ customerId: customer.id, status, tier, source, assignedTo, companyId, userId, createdAt: now.toISOString() }),
    );
    return customer;
  }

  /** Rebuilds a stored customer; no rule is re-run and no event raised. */
  static restore(state: CustomerState): Customer {
    return new Customer(state);
  }

  get name(): string {
    return this.state.name;
  }

  get email(): Email {
    return this.state.email;
  }

  get phone(): string | null {
    return this.state.phone;
  }

  get source(): AcquisitionSource {
    return this.state.source;
  }

  get companyId(): string | null {
    return this.state.companyId;
  }

  get assignedTo(): string | null {
    return this.state.assignedTo;
  }

  get userId(): string | null {
    return this.state.userId;
  }

  get tags(): readonly string[] {
    return this.state.tags;
  }

  get tier(): CustomerTier {
    return this.state.tier;
  }

  get status(): CustomerStatus {
    return this.state.status;
  }

  get convertedAt(): Date | null {
    return this.state.convertedAt;
  }

  get churnedAt(): Date | null {
    return this.state.churnedAt;
  }

  get churnReason(): string | null {
    return this.state.churnReason;
  }

  get orderCount(): number {
    return this.state.orderCount;
  }

  get lastOrderAt(): Date | null {
    return this.state.lastOrderAt;
  }

  get deliveredOrderCount(): number {
    return this.state.deliveredOrderCount;
  }

  get lifetimeValue(): LifetimeValue {
    return this.state.lifetimeValue;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get deletedAt(): Date | null {
    return this.state.deletedAt;
  }

  get isDeleted(): boolean {
    return this.state.deletedAt !== null;
  }

  /**
   * Name, email, phone, source and company: a field left out stays, null clears phone or company. The
   * email's uniqueness is the repository's to check. Answers whether anything changed.
   */
  changeDetails(changes: Patch<CustomerDetails>): boolean {
    this.assertLive();
    const next = checkedDetails(patched<CustomerDetails>(this.state, changes));
    if (sameDetails(this.state, next)) return false;
    this.state = { ...this.state, ...next };
    return true;
  }

  qualify(now = new Date()): void {
    this.moveFrom('lead', 'prospect', 'qualified');
    this.apply(new CustomerQualified({ customerId: this.id, qualifiedAt: now.toISOString() }));
  }

  convert(now = new Date()): void {
    this.moveFrom('prospect', 'customer', 'converted');
    this.state.convertedAt = now;
    this.apply(new CustomerConverted({ customerId: this.id, convertedAt: now.toISOString() }));
  }

  churn(reason: string, now = new Date()): void {
    this.assertLive();
    if (this.state.status !== 'customer') throw new CustomerInvalidTransition(this.id, this.state.status, 'churned', 'customer');
    const trimmed = reason.trim();
    if (trimmed === '') throw new CustomerChurnReasonRequired();
    this.state = { ...this.state, status: 'churned', churnedAt: now, churnReason: trimmed };
    this.apply(new CustomerChurned({ customerId: this.id, reason: trimmed, churnedAt: now.toISOString() }));
  }

  /** Back to customer; the churn is forgotten (convertedAt, the first conversion, stays). */
  reactivate(now = new Date()): void {
    this.moveFrom('churned', 'customer', 'reactivated');
    this.state = { ...this.state, churnedAt: null, churnReason: null };
    this.apply(new CustomerReactivated({ customerId: this.id, reactivatedAt: now.toISOString() }));
  }

  upgrade(to: CustomerTier, now = new Date()): void {
    this.assertLive();
    const from = this.state.tier;
    if (tierRank(to) <= tierRank(from)) throw new CustomerTierNotHigher(this.id, from, to);
    this.state.tier = to;
    this.apply(new CustomerUpgraded({ customerId: this.id, from, to, upgradedAt: now.toISOString() }));
  }

  downgrade(to: CustomerTier, now = new Date()): void {
    this.assertLive();
    const from = this.state.tier;
    if (tierRank(to) >= tierRank(from)) throw new CustomerTierNotLower(this.id, from, to);
    this.state.tier = to;
    this.apply(new CustomerDowngraded({ customerId: this.id, from, to, downgradedAt: now.toISOString() }));
  }

  /** Gives the customer to a rep; a first assignment (a sign-up's lead) or a change to a different rep. */
  assign(repId: string, now = new Date()): void {
    this.assertLive();
    const previousRepId = this.state.assignedTo;
    if (previousRepId === repId) throw new CustomerSameRep(this.id, repId);
    this.state.assignedTo = repId;
    this.apply(new CustomerAssigned({ customerId: this.id, previousRepId, repId, assignedAt: now.toISOString() }));
  }

  /** Records which Identity user this customer is; once set it never changes. */
  linkUser(userId: string, now = new Date()): void {
    this.assertLive();
    if (this.state.userId !== null) throw new CustomerAlreadyLinked(this.id, this.state.userId);
    this.state.userId = userId;
    this.apply(new CustomerLinkedToUser({ customerId: this.id, userId, linkedAt: now.toISOString() }));
  }

  /**
   * An order the linked user placed (each order once: the caller keeps count of which). Placements may be
   * reported late or out of order, so the latest placement is kept, not the last reported.
   */
  recordOrderPlaced(placedAt: Date): void {
    this.assertLive();
    this.state.orderCount += 1;
    if (this.state.lastOrderAt === null || placedAt > this.state.lastOrderAt) this.state.lastOrderAt = placedAt;
  }

  /**
   * An order delivered to the linked user (each order once): its total adds to the lifetime value. The first
   * delivered order converts a prospect into a customer (at the delivery's time), since a delivery is the sale
   * the rep was working towards; a lead (not yet qualified by a rep), a customer or a churned one keeps its status,
   * and so does a prospect qualified after its first delivery: status moves stay the reps' call.
   */
  recordOrderDelivered(total: Money, deliveredAt: Date): void {
    this.assertLive();
    const first = this.state.deliveredOrderCount === 0;
    this.state.deliveredOrderCount += 1;
    this.state.lifetimeValue = this.state.lifetimeValue.plus(total);
    if (first && this.state.status === 'prospect') this.convert(deliveredAt);
  }

  addTag(value: string): void {
    this.assertLive();
    const tag = customerTag(value);
    if (this.state.tags.includes(tag)) throw new CustomerTagDuplicate(this.id, tag);
    if (this.state.tags.length >= CUSTOMER_TAGS_MAX) throw new CustomerDetailsInvalid(`a customer has at most ${CUSTOMER_TAGS_MAX} tags`);
    this.state.tags = [...this.state.tags, tag];
  }

  removeTag(value: string): void {
    this.assertLive();
    const tag = value.trim().toLowerCase();
    if (!this.state.tags.includes(tag)) throw new CustomerTagMissing(this.id, tag);
    this.state.tags = this.state.tags.filter((kept) => kept !== tag);
  }

  /** Soft delete: the row and its history stay, every later operation answers CUSTOMER_NOT_FOUND. */
  delete(now = new Date()): void {
    this.assertLive();
    this.state.deletedAt = now;
    this.apply(
      new CustomerDeleted({ customerId: this.id, status: this.state.status, tier: this.state.tier, deletedAt: now.toISOString() }),
    );
  }

  private moveFrom(from: CustomerStatus, to: CustomerStatus, action: string): void {
    this.assertLive();
    if (this.state.status !== from) throw new CustomerInvalidTransition(this.id, this.state.status, action, from);
    this.state.status = to;
  }

  /** A deleted customer is gone for every operation (repositories do not answer it; this guards the rest). */
  private assertLive(): void {
    if (this.isDeleted) throw new CustomerNotFound(this.id);
  }
}

function sameDetails(before: CustomerDetails, after: CustomerDetails): boolean {
  return (
    before.name === after.name &&
    before.email.value === after.email.value &&
    before.phone === after.phone &&
    before.source === after.source &&
    before.companyId === after.companyId
  );
}

function checkedDetails({ name, email, phone, source, companyId }: CustomerDetails): CustomerDetails {
  const trimmedName = name.trim();
  if (trimmedName === '' || trimmedName.length > CUSTOMER_NAME_MAX_LENGTH) {
    throw new CustomerDetailsInvalid(`name must be 1-${CUSTOMER_NAME_MAX_LENGTH} characters, not blank`);
  }
  const trimmedPhone = phone?.trim() || null;
  if (trimmedPhone !== null && !CUSTOMER_PHONE_PATTERN.test(trimmedPhone)) {
    throw new CustomerDetailsInvalid(
      `"${trimmedPhone.slice(0, 40)}" is not a phone number (digits, spaces, ()./- and an optional leading +)`,
    );
  }
  return { name: trimmedName, email, phone: trimmedPhone, source, companyId };
}
