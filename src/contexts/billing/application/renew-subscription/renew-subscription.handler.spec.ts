import { Money } from '@promenade/ddd';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../create-invoice/create-invoice.command';
import { SubscriptionBillingFixture } from '../testing/subscription-billing-fixture';
import { aMonthlyPlan, aStartedSubscription } from '../testing/subscription-fixtures';
import { RenewSubscription } from './renew-subscription.command';
import { RenewSubscriptionHandler } from './renew-subscription.handler';

const JAN_31 = new Date('2026-01-31T10:00:00.000Z');
const FEB_28 = new Date('2026-02-28T10:00:00.000Z');

describe('RenewSubscriptionHandler', () => {
  let given: SubscriptionBillingFixture;
  let handler: RenewSubscriptionHandler;
  let subscription: Subscription;

  beforeEach(async () => {
    given = new SubscriptionBillingFixture();
    handler = new RenewSubscriptionHandler(given.subscriptions, given.plans, given.charges, given.clock);
    await given.plans.save(aMonthlyPlan());
    subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
    given.subscriptions.seed(subscription);
    given.clock.set(FEB_28);
  });

  const stored = () => given.subscriptions.getById(subscription.id);

  it('at its period end invoices and charges the next period (Feb 28 → Mar 31), renewed, the next end scheduled', async () => {
    await handler.execute(new RenewSubscription(subscription.id, FEB_28));

    expect(await stored()).toMatchObject({ status: 'active', version: 2, latestInvoiceId: 'invoice-1', currentPeriodStart: FEB_28 });
    expect((await stored()).currentPeriodEnd.toISOString()).toBe('2026-03-31T10:00:00.000Z');
    const [invoice] = given.sentOf(CreateInvoice);
    expect(invoice.invoice).toMatchObject({
      sourceReference: `subscription:${subscription.id}:${FEB_28.toISOString()}`,
      lines: [
        expect.objectContaining({ description: 'Basic (basic), 2026-02-28 – 2026-03-31', unitPrice: { amount: 990, currency: 'EUR' } }),
      ],
    });
    expect(given.sentOf(ChargeInvoice)).toEqual([
      new ChargeInvoice('invoice-1', subscription.paymentMethodId, `subscription:${subscription.id}:${FEB_28.toISOString()}:0`),
    ]);
    expect(given.takePublished()).toEqual(['billing.subscription-renewed', 'billing.subscription-period-ended']);
  });

  it("invoices the plan's price of the renewal day", async () => {
    const plan = await given.plans.getByCode('basic');
    plan.update({ price: Money.of(1290, 'EUR') });
    await given.plans.save(plan);

    await handler.execute(new RenewSubscription(subscription.id, FEB_28));

    expect(given.sentOf(CreateInvoice)[0].invoice.lines[0].unitPrice).toEqual({ amount: 1290, currency: 'EUR' });
  });

  it.each(['failed', 'pending', 'requires_action'] as const)(
    'a charge that is %s leaves it past due, its first retry scheduled',
    async (status) => {
      given.chargeOutcomes.push(status);

      await handler.execute(new RenewSubscription(subscription.id, FEB_28));

      expect(await stored()).toMatchObject({ status: 'past_due', pastDueSince: FEB_28, latestInvoiceId: 'invoice-1' });
      expect(given.takePublished()).toEqual(['billing.subscription-past-due', 'billing.subscription-charge-retry-due']);
    },
  );

  it('renews once when the same period end is delivered twice', async () => {
    await handler.execute(new RenewSubscription(subscription.id, FEB_28));
    await handler.execute(new RenewSubscription(subscription.id, FEB_28));

    expect(given.sentOf(CreateInvoice)).toHaveLength(1);
    expect((await stored()).version).toBe(2);
  });

  it('throws SUBSCRIPTION_CHARGE_NOT_YET_DUE for a delivery before the period end (clock skew), so the transport delivers it again', async () => {
    given.clock.set(new Date(FEB_28.getTime() - 1));

    await expect(handler.execute(new RenewSubscription(subscription.id, FEB_28))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_CHARGE_NOT_YET_DUE',
    });
    expect(given.sent).toEqual([]);
    expect((await stored()).version).toBe(1);

    given.clock.set(FEB_28);
    await handler.execute(new RenewSubscription(subscription.id, FEB_28));
    expect(given.sentOf(ChargeInvoice)).toHaveLength(1);
  });

  it('cancels one asked to end at its period end, invoicing nothing', async () => {
    const asked = await stored();
    asked.cancel(true, JAN_31);
    await given.subscriptions.save(asked);

    await handler.execute(new RenewSubscription(subscription.id, FEB_28));

    expect(await stored()).toMatchObject({ status: 'canceled', canceledAt: FEB_28 });
    expect(given.sent).toEqual([]);
    expect(given.takePublished()).toEqual(['billing.subscription-canceled']);
  });

  it('refuses an unknown id with SUBSCRIPTION_NOT_FOUND', async () => {
    await expect(handler.execute(new RenewSubscription('0190a5b0-7c4e-7d2a-9b3c-000000000000', FEB_28))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_FOUND',
    });
  });
});
