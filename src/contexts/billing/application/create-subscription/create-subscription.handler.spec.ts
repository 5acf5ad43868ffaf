import { Money } from '@promenade/ddd';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../create-invoice/create-invoice.command';
import { IssueInvoice } from '../issue-invoice/issue-invoice.command';
import { requestKeyOf } from '../request-key/request-key';
import { aPlan } from '../testing/plan-fixtures';
import { SubscriptionBillingFixture } from '../testing/subscription-billing-fixture';
import { CUSTOMER, OTHER_CUSTOMER } from '../testing/subscription-fixtures';
import { CreateSubscription } from './create-subscription.command';
import { CreateSubscriptionHandler } from './create-subscription.handler';

const REQUEST = 'a-client-idempotency-key';

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
    const id = await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST));

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
      new ChargeInvoice('invoice-1', card, requestKeyOf('subscription', CUSTOMER, REQUEST)),
    ]);
    expect(given.takePublished()).toEqual(['billing.subscription-started', 'billing.subscription-period-ended']);
  });

  it('without a trial, a declined first charge: started, then past due with the first retry scheduled', async () => {
    given.chargeOutcomes.push('failed');

    const id = await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST));

    expect(await given.subscriptions.getById(id)).toMatchObject({ status: 'past_due', latestInvoiceId: 'invoice-1' });
    expect(given.takePublished()).toEqual([
      'billing.subscription-started',
      'billing.subscription-past-due',
      'billing.subscription-charge-retry-due',
    ]);
  });

  it('with a trial: trialing, nothing invoiced nor charged, the trial end scheduled', async () => {
    const id = await handler.execute(new CreateSubscription(CUSTOMER, 'trial', card, REQUEST));

    expect(await given.subscriptions.getById(id)).toMatchObject({ status: 'trialing', latestInvoiceId: null });
    expect(given.sent).toEqual([]);
    expect(given.takePublished()).toEqual(['billing.subscription-started', 'billing.subscription-period-ended']);
  });

  it("refuses another customer's payment method with PAYMENT_METHOD_NOT_FOUND, sending and saving nothing", async () => {
    const theirs = await given.aCard(OTHER_CUSTOMER);

    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'pro', theirs, REQUEST))).rejects.toMatchObject({
      code: 'PAYMENT_METHOD_NOT_FOUND',
    });
    expect(given.sent).toEqual([]);
    expect(given.subscriptions.all()).toEqual([]);
  });

  it('refuses an unknown plan with PLAN_NOT_FOUND and a deactivated one with PLAN_INACTIVE', async () => {
    const retired = await given.plans.getByCode('pro');
    retired.update({ active: false });
    await given.plans.save(retired);

    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'nope', card, REQUEST))).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST))).rejects.toMatchObject({ code: 'PLAN_INACTIVE' });
    expect(given.subscriptions.all()).toEqual([]);
  });

  it('keys the first charge by the request, not the new subscription: a retried request is charged under the same key', async () => {
    // The first attempt charged, then lost its commit: nothing of it is stored, and the client sends the request again.
    jest.spyOn(given.subscriptions, 'save').mockRejectedValueOnce(new Error('connection lost at commit'));
    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST))).rejects.toThrow('connection lost');
    await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST));

    const keys = given.sentOf(ChargeInvoice).map((charge) => charge.idempotencyKey);
    expect(keys).toEqual([requestKeyOf('subscription', CUSTOMER, REQUEST), requestKeyOf('subscription', CUSTOMER, REQUEST)]);
    expect(requestKeyOf('subscription', CUSTOMER, 'another request')).not.toBe(keys[0]);
    expect(requestKeyOf('subscription', OTHER_CUSTOMER, REQUEST)).not.toBe(keys[0]);
  });

  it('refuses a second subscription to a plan while one has not ended, before anything is charged', async () => {
    await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST));
    given.sent.length = 0;

    await expect(handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, 'another request'))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_ALREADY_EXISTS',
    });
    expect(given.sent).toEqual([]);
    expect(given.subscriptions.all()).toHaveLength(1);
    await handler.execute(new CreateSubscription(CUSTOMER, 'trial', card, 'a third request'));
    await handler.execute(new CreateSubscription(OTHER_CUSTOMER, 'pro', await given.aCard(OTHER_CUSTOMER), REQUEST));
  });

  it('subscribes again to a plan once the earlier subscription ended', async () => {
    const earlier = await given.subscriptions.getById(await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, REQUEST)));
    earlier.cancel(false, given.clock.now());
    await given.subscriptions.save(earlier);

    const again = await handler.execute(new CreateSubscription(CUSTOMER, 'pro', card, 'another request'));

    expect(again).not.toBe(earlier.id);
  });
});
