import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { aMonthlyPlan, aStartedSubscription, CUSTOMER, OTHER_CUSTOMER } from '../testing/subscription-fixtures';
import { ListSubscriptions } from './list-subscriptions.query';
import { ListSubscriptionsHandler } from './list-subscriptions.handler';

describe('ListSubscriptionsHandler', () => {
  const at = new Date('2026-01-31T10:00:00.000Z');
  let subscriptions: InMemorySubscriptionRepository;
  let handler: ListSubscriptionsHandler;

  beforeEach(() => {
    subscriptions = new InMemorySubscriptionRepository();
    handler = new ListSubscriptionsHandler(subscriptions);
    subscriptions.seed(aStartedSubscription(aMonthlyPlan(), at, CUSTOMER), aStartedSubscription(aMonthlyPlan(), at, OTHER_CUSTOMER));
  });

  it('answers a page of every customer to an unscoped caller, with the offset the page number makes', async () => {
    const findPage = jest.spyOn(subscriptions, 'findPage');

    expect(await handler.execute(new ListSubscriptions({ status: 'active' }, 2, 1))).toMatchObject({ page: 2, limit: 1, total: 2 });
    expect(findPage).toHaveBeenCalledWith({ status: 'active', customerId: undefined }, 1, 1);
  });

  it("lists only the scoped customer's, whatever customer the filter names", async () => {
    const page = await handler.execute(new ListSubscriptions({ customerId: OTHER_CUSTOMER }, 1, 20, CUSTOMER));

    expect(page.total).toBe(1);
    expect(page.items.map((subscription) => subscription.customerId)).toEqual([CUSTOMER]);
  });
});
