import { Money } from '@promenade/ddd';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../create-invoice/create-invoice.command';
import { IssueInvoice } from '../issue-invoice/issue-invoice.command';
import { aPlan } from '../testing/plan-fixtures';
import { SubscriptionBillingFixture } from '../testing/subscription-billing-fixture';
import { CUSTOMER, OTHER_CUSTOMER } from '../testing/subscription-fixtures';
import { CreateSubscription } from './create-subscription.command';
import { CreateSubscriptionHandler } from './create-subscription.handler';

describe('CreateSubscriptionHandler', () => {
  let given: SubscriptionBillingFixture;
  let handler: CreateSubscriptionHandler;
  let card: string;

  beforeEach(async () => {
    given = new SubscriptionBillingFixture();
    handler = new CreateSubscriptionHandler(given.subscriptions, given.plans, given.paymentMethods, given.charges, given.clock);
    await given.plans.save(aPlan('pro', { name: 'Pro', price: Money.of(2500, 'EUR') }));
    await given.plans.save(aPlan('trial', { trialDays: 14 }));
    card = await given.aCard();
  });

  it('without a trial: invoices the first period at the plan price, issues and charges it, and starts active', async () => {
    const id = await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card));

    const subscription = await given.subscriptions.getById(id);
    const start = '2026-01-31T10:00:00.000Z';
    expect(subscription).toMatchObject({ status: 'active', customerId: CUSTOMER, planCode: 'pro', latestInvoiceId: 'invoice-1' });
    expect(subscription.currentPeriodEnd.toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(given.sent).toEqual([
      new CreateInvoice({
        customerId: CUSTOMER,
        currency: 'EUR',
        lines: [
          { description: 'Pro (pro), 2026-01-31 – 2026-02-28', quantity: 1, unitPrice: { amount: 2500, currency: 'EUR' }, taxRate: 0 },
        ],
        sourceReference: `subscription:${id}:${start}`,
      }),
      new IssueInvoice('invoice-1'),
      new ChargeInvoice('invoice-1', card, `subscription:${id}:${start}:0`),
    ]);
    expect(given.takePublished()).toEqual(['billing.subscription-started', 'billing.subscription-period-ended']);
  });

  it('without a trial, a declined first charge: started, then past due with the first retry scheduled', async () => {
    given.chargeOutcomes.push('failed');

    const id = await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card));

    expect(await given.subscriptions.getById(id)).toMatchObject({ status: 'past_due', latestInvoiceId: 'invoice-1' });
    expect(given.takePublished()).toEqual([
      'billing.subscription-started',
      'billing.subscription-past-due',
      'billing.subscription-charge-retry-due',
    ]);
  });

  it('with a trial: trialing, nothing invoiced nor charged, the trial end scheduled', async () => {
    const id = await handler.execute(new CreateSubscription(CUSTOMER, 'trial', card));

    expect(await given.subscriptions.getById(id)).toMatchObject({ status: 'trialing', latestInvoiceId: null });
    expect(given.sent).toEqual([]);
    expect(given.takePublished()).toEqual(['billing.subscription-started', 'billing.subscription-period-ended']);
  });

  it("refuses another customer's payment method with PAYMENT_METHOD_NOT_FOUND, sending and saving nothing", async () => {
    const theirs = await given.aCard(OTHER_CUSTOMER);

    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'pro', theirs))).rejects.toMatchObject({
      code: 'PAYMENT_METHOD_NOT_FOUND',
    });
    expect(given.sent).toEqual([]);
    expect(given.subscriptions.all()).toEqual([]);
  });

  it('refuses an unknown plan with PLAN_NOT_FOUND and a deactivated one with PLAN_INACTIVE', async () => {
    const retired = await given.plans.getByCode('pro');
    retired.update({ active: false });
    await given.plans.save(retired);

    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'nope', card))).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'pro', card))).rejects.toMatchObject({ code: 'PLAN_INACTIVE' });
    expect(given.subscriptions.all()).toEqual([]);
  });
});
