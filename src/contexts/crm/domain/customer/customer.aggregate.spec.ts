import { Email, Money } from '@promenade/ddd';
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
import { CustomerStatus } from './customer-status';
import { CustomerTier } from './customer-tier';
import { Customer, NewCustomer } from './customer.aggregate';
import {
  CustomerAlreadyLinked,
  CustomerChurnReasonRequired,
  CustomerDetailsInvalid,
  CustomerInvalidTransition,
  CustomerNotFound,
  CustomerSameRep,
  CustomerTagDuplicate,
  CustomerTagInvalid,
  CustomerTagMissing,
  CustomerTierNotHigher,
  CustomerTierNotLower,
} from './customer.errors';

const REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405101';
const OTHER_REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405102';
const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405201';
const COMPANY = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405301';
const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-02-01T00:00:00Z');

const input = (overrides: Partial<NewCustomer> = {}): NewCustomer => ({
  name: 'Ada Lovelace',
  email: Email.of('ada@example.com'),
  phone: null,
  source: 'inbound',
  companyId: null,
  assignedTo: REP,
  ...overrides,
});

/** A stored customer in `status` on `tier`, with no pending events. */
function customerIn(status: CustomerStatus, tier: CustomerTier = 'free'): Customer {
  const customer = Customer.create(input());
  const path: Record<CustomerStatus, Array<(c: Customer) => void>> = {
    lead: [],
    prospect: [(c) => c.qualify()],
    customer: [(c) => c.qualify(), (c) => c.convert()],
    churned: [(c) => c.qualify(), (c) => c.convert(), (c) => c.churn('too expensive')],
  };
  for (const step of path[status]) step(customer);
  if (tier !== 'free') customer.upgrade(tier);
  customer.pullEvents();
  customer.markPersisted(1);
  return customer;
}

const TRANSITIONS: Record<string, (c: Customer) => void> = {
  qualify: (c) => c.qualify(),
  convert: (c) => c.convert(),
  churn: (c) => c.churn('too expensive'),
  reactivate: (c) => c.reactivate(),
};
/** The one status each transition starts from; every other start is illegal. */
const ALLOWED_FROM: Record<string, CustomerStatus> = { qualify: 'lead', convert: 'prospect', churn: 'customer', reactivate: 'churned' };
const ILLEGAL = Object.entries(ALLOWED_FROM).flatMap(([action, from]) =>
  (['lead', 'prospect', 'customer', 'churned'] as const).filter((status) => status !== from).map((status) => [action, status] as const),
);

describe('Customer', () => {
  describe('creation', () => {
    it('starts as a free lead with the details given, and raises CustomerCreated', () => {
      const customer = Customer.create(input({ phone: ' +49 30 1234567 ', companyId: COMPANY, tags: ['VIP', 'b2b'] }), T0);

      expect(customer).toMatchObject({
        name: 'Ada Lovelace',
        phone: '+49 30 1234567',
        source: 'inbound',
        companyId: COMPANY,
        assignedTo: REP,
        userId: null,
        tags: ['vip', 'b2b'],
        tier: 'free',
        status: 'lead',
        convertedAt: null,
        churnedAt: null,
        churnReason: null,
        orderCount: 0,
        lastOrderAt: null,
        deliveredOrderCount: 0,
        deletedAt: null,
        isNew: true,
      });
      expect(customer.lifetimeValue.amounts).toEqual([]);
      expect(customer.email.value).toBe('ada@example.com');
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerCreated);
      expect(event.eventName).toBe('crm.customer-created');
      expect((event as CustomerCreated).payload).toEqual({
        customerId: customer.id,
        status: 'lead',
        tier: 'free',
        source: 'inbound',
        assignedTo: REP,
        companyId: COMPANY,
        userId: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      });
    });

    it('can start unassigned and linked to a user (a lead from a sign-up)', () => {
      const customer = Customer.create(input({ assignedTo: null, userId: USER }));
      expect(customer).toMatchObject({ assignedTo: null, userId: USER });
      expect((customer.pullEvents()[0] as CustomerCreated).payload).toMatchObject({ assignedTo: null, userId: USER });
    });

    it.each([
      ['a blank name', { name: '   ' }],
      ['an overlong name', { name: 'x'.repeat(201) }],
      ['a phone with letters', { phone: 'call me' }],
    ])('refuses %s with CUSTOMER_DETAILS_INVALID', (_case, overrides) => {
      expect(() => Customer.create(input(overrides))).toThrow(CustomerDetailsInvalid);
    });

    it('refuses duplicate or invalid tags given at creation', () => {
      expect(() => Customer.create(input({ tags: ['vip', 'VIP'] }))).toThrow(CustomerTagDuplicate);
      expect(() => Customer.create(input({ tags: [' '] }))).toThrow(CustomerTagInvalid);
    });

    it('is restored as stored, raising nothing', () => {
      const stored = customerIn('customer', 'pro');
      expect(stored.pullEvents()).toEqual([]);
      expect(stored).toMatchObject({ status: 'customer', tier: 'pro', version: 1 });
    });
  });

  describe('lifecycle', () => {
    it('qualifies a lead into a prospect and raises CustomerQualified', () => {
      const customer = customerIn('lead');
      customer.qualify(T1);
      expect(customer.status).toBe('prospect');
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerQualified);
      expect((event as CustomerQualified).payload).toEqual({ customerId: customer.id, qualifiedAt: T1.toISOString() });
    });

    it('converts a prospect into a customer, recording convertedAt, and raises CustomerConverted', () => {
      const customer = customerIn('prospect');
      customer.convert(T1);
      expect(customer).toMatchObject({ status: 'customer', convertedAt: T1 });
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerConverted);
      expect((event as CustomerConverted).payload).toEqual({ customerId: customer.id, convertedAt: T1.toISOString() });
    });

    it('churns a customer with a trimmed reason, recording churnedAt, and raises CustomerChurned', () => {
      const customer = customerIn('customer');
      customer.churn('  moved to a competitor ', T1);
      expect(customer).toMatchObject({ status: 'churned', churnedAt: T1, churnReason: 'moved to a competitor' });
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerChurned);
      expect((event as CustomerChurned).payload).toEqual({
        customerId: customer.id,
        reason: 'moved to a competitor',
        churnedAt: T1.toISOString(),
      });
    });

    it('refuses to churn without a reason with CUSTOMER_CHURN_REASON_REQUIRED, staying a customer', () => {
      const customer = customerIn('customer');
      expect(() => customer.churn(' \n ')).toThrow(CustomerChurnReasonRequired);
      expect(customer).toMatchObject({ status: 'customer', churnedAt: null, churnReason: null });
      expect(customer.pullEvents()).toEqual([]);
    });

    it('reactivates a churned customer, clearing the churn fields but keeping convertedAt', () => {
      const customer = customerIn('churned');
      const convertedAt = customer.convertedAt;
      customer.reactivate(T1);
      expect(customer).toMatchObject({ status: 'customer', churnedAt: null, churnReason: null, convertedAt });
      expect(convertedAt).toBeInstanceOf(Date);
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerReactivated);
      expect((event as CustomerReactivated).payload).toEqual({ customerId: customer.id, reactivatedAt: T1.toISOString() });
    });

    it('can churn again after a reactivation', () => {
      const customer = customerIn('churned');
      customer.reactivate();
      customer.churn('again');
      expect(customer).toMatchObject({ status: 'churned', churnReason: 'again' });
    });

    it.each(ILLEGAL)('refuses to %s a %s with CUSTOMER_INVALID_TRANSITION, changing and raising nothing', (action, status) => {
      const customer = customerIn(status);
      let error: unknown;
      try {
        TRANSITIONS[action](customer);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(CustomerInvalidTransition);
      expect(error).toMatchObject({ code: 'CUSTOMER_INVALID_TRANSITION', kind: 'conflict' });
      expect(customer.status).toBe(status);
      expect(customer.pullEvents()).toEqual([]);
    });

    it('checks the transition before the churn reason: churning a lead is a transition error even without a reason', () => {
      expect(() => customerIn('lead').churn('')).toThrow(CustomerInvalidTransition);
    });
  });

  describe('tiers', () => {
    it('upgrades strictly up, skipping tiers if asked, and raises CustomerUpgraded with both tiers', () => {
      const customer = customerIn('customer', 'basic');
      customer.upgrade('enterprise', T1);
      expect(customer.tier).toBe('enterprise');
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerUpgraded);
      expect((event as CustomerUpgraded).payload).toEqual({
        customerId: customer.id,
        from: 'basic',
        to: 'enterprise',
        upgradedAt: T1.toISOString(),
      });
    });

    it.each([
      ['pro', 'pro'],
      ['pro', 'basic'],
      ['enterprise', 'free'],
    ] as const)('refuses an upgrade from %s to %s with CUSTOMER_TIER_NOT_HIGHER', (from, to) => {
      const customer = customerIn('customer', from);
      expect(() => customer.upgrade(to)).toThrow(CustomerTierNotHigher);
      expect(customer.tier).toBe(from);
      expect(customer.pullEvents()).toEqual([]);
    });

    it('downgrades strictly down and raises CustomerDowngraded with both tiers', () => {
      const customer = customerIn('customer', 'enterprise');
      customer.downgrade('basic', T1);
      expect(customer.tier).toBe('basic');
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerDowngraded);
      expect((event as CustomerDowngraded).payload).toEqual({
        customerId: customer.id,
        from: 'enterprise',
        to: 'basic',
        downgradedAt: T1.toISOString(),
      });
    });

    it.each([
      ['basic', 'basic'],
      ['basic', 'pro'],
      ['free', 'free'],
    ] as const)('refuses a downgrade from %s to %s with CUSTOMER_TIER_NOT_LOWER', (from, to) => {
      const customer = customerIn('customer', from);
      expect(() => customer.downgrade(to)).toThrow(CustomerTierNotLower);
      expect(customer.tier).toBe(from);
      expect(customer.pullEvents()).toEqual([]);
    });
  });

  describe('rep and user', () => {
    it('reassigns to a different rep and raises CustomerAssigned naming both', () => {
      const customer = customerIn('lead');
      customer.assign(OTHER_REP, T1);
      expect(customer.assignedTo).toBe(OTHER_REP);
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerAssigned);
      expect((event as CustomerAssigned).payload).toEqual({
        customerId: customer.id,
        previousRepId: REP,
        repId: OTHER_REP,
        assignedAt: T1.toISOString(),
      });
    });

    it('gives an unassigned lead its first rep', () => {
      const customer = Customer.create(input({ assignedTo: null }));
      customer.pullEvents();
      customer.assign(REP);
      expect((customer.pullEvents()[0] as CustomerAssigned).payload).toMatchObject({ previousRepId: null, repId: REP });
    });

    it('refuses to reassign to the same rep with CUSTOMER_SAME_REP', () => {
      const customer = customerIn('lead');
      expect(() => customer.assign(REP)).toThrow(CustomerSameRep);
      expect(customer.pullEvents()).toEqual([]);
    });

    it('links to a user once and raises CustomerLinkedToUser', () => {
      const customer = customerIn('lead');
      customer.linkUser(USER, T1);
      expect(customer.userId).toBe(USER);
      expect((customer.pullEvents()[0] as CustomerLinkedToUser).payload).toEqual({
        customerId: customer.id,
        userId: USER,
        linkedAt: T1.toISOString(),
      });
    });

    it('refuses a second link, even to the same user, with CUSTOMER_ALREADY_LINKED', () => {
      const customer = Customer.create(input({ userId: USER }));
      customer.pullEvents();
      expect(() => customer.linkUser(USER)).toThrow(CustomerAlreadyLinked);
      expect(() => customer.linkUser(OTHER_REP)).toThrow(CustomerAlreadyLinked);
      expect(customer.userId).toBe(USER);
      expect(customer.pullEvents()).toEqual([]);
    });
  });

  describe('orders', () => {
    const eur = (amount: number) => Money.of(amount, 'EUR');

    it('counts placed orders and keeps the latest placement, whatever order they are reported in', () => {
      const customer = customerIn('lead');

      customer.recordOrderPlaced(T1);
      customer.recordOrderPlaced(T0);

      expect(customer).toMatchObject({ orderCount: 2, lastOrderAt: T1, deliveredOrderCount: 0 });
      expect(customer.pullEvents()).toEqual([]);
    });

    it('adds delivered totals to the lifetime value, one sum per currency, ordered by currency', () => {
      const customer = customerIn('customer');

      customer.recordOrderDelivered(eur(1250), T0);
      customer.recordOrderDelivered(Money.of(999, 'GBP'), T0);
      customer.recordOrderDelivered(eur(750), T1);

      expect(customer.deliveredOrderCount).toBe(3);
      expect(customer.lifetimeValue.amounts.map((sum) => sum.toJSON())).toEqual([
        { amount: 2000, currency: 'EUR' },
        { amount: 999, currency: 'GBP' },
      ]);
      expect(customer.orderCount).toBe(0);
    });

    it('converts a prospect into a customer on its first delivered order, at the delivery time, raising CustomerConverted', () => {
      const customer = customerIn('prospect');

      customer.recordOrderDelivered(eur(100), T1);

      expect(customer).toMatchObject({ status: 'customer', convertedAt: T1 });
      const [event] = customer.pullEvents();
      expect(event).toBeInstanceOf(CustomerConverted);
      expect((event as CustomerConverted).payload).toEqual({ customerId: customer.id, convertedAt: T1.toISOString() });
    });

    it.each(['lead', 'customer', 'churned'] as const)('leaves a %s in its status on its first delivered order', (status) => {
      const customer = customerIn(status);
      const before = { status: customer.status, convertedAt: customer.convertedAt, churnedAt: customer.churnedAt };

      customer.recordOrderDelivered(eur(100), T1);

      expect(customer).toMatchObject({ ...before, deliveredOrderCount: 1 });
      expect(customer.pullEvents()).toEqual([]);
    });

    it('converts only on the first delivered order: a prospect qualified after one stays a prospect', () => {
      const customer = customerIn('lead');
      customer.recordOrderDelivered(eur(100), T0);
      customer.qualify();
      customer.pullEvents();

      customer.recordOrderDelivered(eur(100), T1);

      expect(customer).toMatchObject({ status: 'prospect', deliveredOrderCount: 2 });
      expect(customer.pullEvents()).toEqual([]);
    });
  });

  describe('tags', () => {
    it('adds tags in lower case, trimmed, in the order given', () => {
      const customer = customerIn('lead');
      customer.addTag(' Enterprise-Lead ');
      customer.addTag('q3:event');
      expect(customer.tags).toEqual(['enterprise-lead', 'q3:event']);
    });

    it('refuses a duplicate tag, whatever its case, with CUSTOMER_TAG_DUPLICATE', () => {
      const customer = customerIn('lead');
      customer.addTag('vip');
      expect(() => customer.addTag('VIP')).toThrow(CustomerTagDuplicate);
      expect(customer.tags).toEqual(['vip']);
    });

    it.each(['', '   ', '-leading-dash', 'has space', 'x'.repeat(51), 'a/b'])('refuses the tag %p with CUSTOMER_TAG_INVALID', (tag) => {
      expect(() => customerIn('lead').addTag(tag)).toThrow(CustomerTagInvalid);
    });

    it('removes a tag, and refuses a missing one with CUSTOMER_TAG_MISSING', () => {
      const customer = customerIn('lead');
      customer.addTag('vip');
      customer.addTag('b2b');
      customer.removeTag('VIP');
      expect(customer.tags).toEqual(['b2b']);
      expect(() => customer.removeTag('vip')).toThrow(CustomerTagMissing);
      expect(customer.tags).toEqual(['b2b']);
    });

    it('holds at most 50 tags', () => {
      const customer = customerIn('lead');
      for (let i = 0; i < 50; i++) customer.addTag(`t${i}`);
      expect(() => customer.addTag('one-more')).toThrow(CustomerDetailsInvalid);
    });
  });

  describe('details and deletion', () => {
    it('changes its details, trimming them, and keeps the rest', () => {
      const customer = customerIn('customer', 'pro');
      customer.changeDetails({ name: ' Ada King ', email: Email.of('ada.king@example.com'), phone: null, companyId: COMPANY });
      expect(customer).toMatchObject({
        name: 'Ada King',
        phone: null,
        companyId: COMPANY,
        source: 'inbound',
        status: 'customer',
        tier: 'pro',
      });
      expect(customer.email.value).toBe('ada.king@example.com');
    });

    it('refuses invalid details and keeps the old ones', () => {
      const customer = customerIn('lead');
      expect(() => customer.changeDetails({ name: '' })).toThrow(CustomerDetailsInvalid);
      expect(customer.name).toBe('Ada Lovelace');
    });

    it('is deleted softly, raising CustomerDeleted with its last status and tier', () => {
      const customer = customerIn('customer', 'pro');
      customer.delete(T1);
      expect(customer).toMatchObject({ isDeleted: true, deletedAt: T1 });
      expect((customer.pullEvents()[0] as CustomerDeleted).payload).toEqual({
        customerId: customer.id,
        status: 'customer',
        tier: 'pro',
        deletedAt: T1.toISOString(),
      });
    });

    it.each([
      ['delete', (c: Customer) => c.delete()],
      ['qualify', (c: Customer) => c.qualify()],
      ['upgrade', (c: Customer) => c.upgrade('pro')],
      ['assign', (c: Customer) => c.assign(OTHER_REP)],
      ['tag', (c: Customer) => c.addTag('vip')],
      ['record a placed order', (c: Customer) => c.recordOrderPlaced(T1)],
      ['record a delivered order', (c: Customer) => c.recordOrderDelivered(Money.of(1, 'EUR'), T1)],
      ['change', (c: Customer) => c.changeDetails({ name: 'New' })],
    ])('answers CUSTOMER_NOT_FOUND to %s once deleted', (_action, act) => {
      const customer = customerIn('lead');
      customer.delete();
      customer.pullEvents();
      expect(() => act(customer)).toThrow(CustomerNotFound);
      expect(customer.pullEvents()).toEqual([]);
    });
  });
});
