import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Subscription, SubscriptionState } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionAlreadyExists, SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { aPlan } from './plan-fixtures';
import { aMonthlyPlan, CUSTOMER, DEFAULT_DUNNING, OTHER_CUSTOMER, PAYMENT_METHOD } from './subscription-fixtures';

const JAN_31 = new Date('2026-01-31T10:00:00.000Z');
const ids = (page: { items: Subscription[] }) => page.items.map((subscription) => subscription.id);

/** What every SubscriptionRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeSubscriptionRepositoryContract(open: () => Promise<OpenedRepository<SubscriptionRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Subscription, SubscriptionState, SubscriptionRepository>({
    open,
    create: () => Subscription.start(CUSTOMER, aMonthlyPlan(), PAYMENT_METHOD, JAN_31),
    restore: Subscription.restore,
    load: (subscriptions, id) => subscriptions.getById(id),
    change: (subscription) => subscription.cancel(false, JAN_31),
  });

  it('answers SubscriptionNotFound for an id it does not hold, and for another customer to one limited to theirs', async () => {
    const { repository: subscriptions } = current();
    const theirs = Subscription.start(OTHER_CUSTOMER, aMonthlyPlan(), PAYMENT_METHOD, JAN_31);
    await subscriptions.save(theirs);

    await expect(subscriptions.getById(newId())).rejects.toBeInstanceOf(SubscriptionNotFound);
    await expect(subscriptions.getById(theirs.id, CUSTOMER)).rejects.toBeInstanceOf(SubscriptionNotFound);
    expect((await subscriptions.getById(theirs.id, OTHER_CUSTOMER)).id).toBe(theirs.id);
  });

  it('stores every field as given and gives it back', async () => {
    const { repository: subscriptions } = current();
    const subscription = Subscription.start(CUSTOMER, aMonthlyPlan(), PAYMENT_METHOD, JAN_31);
    subscription.renewIfDue(subscription.currentPeriodEnd, 'month', subscription.currentPeriodEnd);
    subscription.settleCharge(newId(), false, DEFAULT_DUNNING, new Date('2026-02-28T10:00:00.123Z'));
    subscription.cancel(true, JAN_31);
    await subscriptions.save(subscription);

    expect((await subscriptions.getById(subscription.id)).snapshot()).toEqual({
      ...subscription.snapshot(),
      version: 1,
      updatedAt: expect.any(Date),
    });
  });

  it('pages the subscriptions that match the filter, newest first, with the number of matches', async () => {
    const { repository: subscriptions } = current();
    const first = Subscription.start(CUSTOMER, aMonthlyPlan(), PAYMENT_METHOD, JAN_31);
    const second = Subscription.start(OTHER_CUSTOMER, aPlan('pro'), PAYMENT_METHOD, JAN_31);
    const third = Subscription.start(CUSTOMER, aMonthlyPlan(14), PAYMENT_METHOD, JAN_31);
    for (const subscription of [first, second, third]) await subscriptions.save(subscription);

    expect(ids(await subscriptions.findPage({}, 0, 10))).toEqual([third.id, second.id, first.id]);
    expect(await subscriptions.findPage({}, 1, 1)).toMatchObject({ total: 3, items: [{ id: second.id }] });
    expect(ids(await subscriptions.findPage({ customerId: CUSTOMER }, 0, 10))).toEqual([third.id, first.id]);
    expect(ids(await subscriptions.findPage({ status: 'trialing' }, 0, 10))).toEqual([third.id]);
    expect(ids(await subscriptions.findPage({ planCode: 'pro' }, 0, 10))).toEqual([second.id]);
    expect(ids(await subscriptions.findPage({ customerId: OTHER_CUSTOMER, status: 'active' }, 0, 10))).toEqual([second.id]);
  });

  it("finds a customer's subscription to a plan that has not ended, and none once it ended", async () => {
    const { repository: subscriptions } = current();
    const ended = Subscription.start(CUSTOMER, aPlan('pro'), PAYMENT_METHOD, JAN_31);
    ended.cancel(false, JAN_31);
    const live = Subscription.start(CUSTOMER, aPlan('pro'), PAYMENT_METHOD, JAN_31);
    for (const subscription of [ended, live, Subscription.start(OTHER_CUSTOMER, aPlan('pro'), PAYMENT_METHOD, JAN_31)]) {
      await subscriptions.save(subscription);
    }

    expect((await subscriptions.findLive(CUSTOMER, 'pro'))?.id).toBe(live.id);
    expect(await subscriptions.findLive(CUSTOMER, 'other')).toBeNull();
    live.cancel(false, JAN_31);
    await subscriptions.save(live);
    expect(await subscriptions.findLive(CUSTOMER, 'pro')).toBeNull();
  });

  it('refuses a second subscription of a customer to a plan while one has not ended (two racing starts)', async () => {
    const { repository: subscriptions } = current();
    await subscriptions.save(Subscription.start(CUSTOMER, aPlan('pro'), PAYMENT_METHOD, JAN_31));

    await expect(subscriptions.save(Subscription.start(CUSTOMER, aPlan('pro'), PAYMENT_METHOD, JAN_31))).rejects.toBeInstanceOf(
      SubscriptionAlreadyExists,
    );
    expect((await subscriptions.findPage({ customerId: CUSTOMER }, 0, 10)).total).toBe(1);
  });
}
