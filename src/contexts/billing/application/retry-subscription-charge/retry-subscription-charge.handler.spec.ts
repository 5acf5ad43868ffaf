import { PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';
import { InvoicePaymentOpen } from '../../domain/payment/payment.errors';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { CreateInvoice } from '../create-invoice/create-invoice.command';
import { SubscriptionBillingFixture } from '../testing/subscription-billing-fixture';
import { aMonthlyPlan, aStartedSubscription } from '../testing/subscription-fixtures';
import { RetrySubscriptionCharge } from './retry-subscription-charge.command';
import { RetrySubscriptionChargeHandler } from './retry-subscription-charge.handler';

const FEB_28 = new Date('2026-02-28T10:00:00.000Z');
const DAY = 86_400_000;
const day = (n: number) => new Date(FEB_28.getTime() + n * DAY);

describe('RetrySubscriptionChargeHandler', () => {
  let given: SubscriptionBillingFixture;
  let handler: RetrySubscriptionChargeHandler;
  let subscription: Subscription;

  /** A subscription whose Feb 28 renewal charge of `feb-invoice` failed, under the dunning the fixture configures. */
  async function pastDueUnder(fixture: SubscriptionBillingFixture): Promise<void> {
    given = fixture;
    handler = new RetrySubscriptionChargeHandler(given.subscriptions, given.charges, given.clock);
    const started = aStartedSubscription(aMonthlyPlan(), new Date('2026-01-31T10:00:00.000Z'));
    started.renewIfDue(FEB_28, 'month', FEB_28);
    started.settleCharge('feb-invoice', false, given.charges.dunning, FEB_28);
    started.pullEvents();
    subscription = Subscription.restore({ ...started.snapshot(), version: 1 });
    given.subscriptions.seed(subscription);
  }

  const stored = () => given.subscriptions.getById(subscription.id);

  beforeEach(() => pastDueUnder(new SubscriptionBillingFixture()));

  it('on its day charges the same invoice under the retry key; paid: active again, renewed, the period end scheduled', async () => {
    given.clock.set(day(1));

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(given.sent).toEqual([
      new ChargeInvoice('feb-invoice', subscription.paymentMethodId, `subscription:${subscription.id}:${FEB_28.toISOString()}:1`),
    ]);
    expect(await stored()).toMatchObject({ status: 'active', dunningAttempt: 0, pastDueSince: null });
    expect(given.takePublished()).toEqual(['billing.subscription-renewed', 'billing.subscription-period-ended']);
  });

  it('declined again: schedules the next retry of the schedule', async () => {
    given.clock.set(day(1));
    given.chargeOutcomes.push('failed');

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(await stored()).toMatchObject({ status: 'past_due', dunningAttempt: 1 });
    const [retry] = given.subscriptions.published;
    expect(retry).toMatchObject({ payload: { attempt: 2 }, metadata: { deliverAt: day(3).toISOString() } });
  });

  it('on days 1, 3 and 5 all declined: canceled, announced', async () => {
    given.chargeOutcomes.push('failed', 'failed', 'failed');
    for (const [attempt, onDay] of [
      [1, 1],
      [2, 3],
      [3, 5],
    ]) {
      given.clock.set(day(onDay));
      await handler.execute(new RetrySubscriptionCharge(subscription.id, attempt));
    }

    expect(await stored()).toMatchObject({ status: 'canceled', dunningAttempt: 3 });
    expect(given.takePublished()).toEqual([
      'billing.subscription-charge-retry-due',
      'billing.subscription-charge-retry-due',
      'billing.subscription-canceled',
    ]);
    expect(given.sentOf(ChargeInvoice).map((charge) => charge.idempotencyKey.split(':').pop())).toEqual(['1', '2', '3']);
  });

  it('ends unpaid after the last retry when BILLING_DUNNING_FINAL_STATUS says so', async () => {
    await pastDueUnder(new SubscriptionBillingFixture({ BILLING_DUNNING_DAYS: '2', BILLING_DUNNING_FINAL_STATUS: 'unpaid' }));
    given.clock.set(day(2));
    given.chargeOutcomes.push('failed');

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(await stored()).toMatchObject({ status: 'unpaid' });
    expect(given.takePublished()).toEqual([]);
  });

  it('recovers without a charge when the invoice was paid meanwhile (a late 3-D Secure confirmation)', async () => {
    given.clock.set(day(1));
    given.paidInvoices.add('feb-invoice');

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(given.sent).toEqual([]);
    expect((await stored()).status).toBe('active');
  });

  it('counts a payment method removed since as a declined charge', async () => {
    given.clock.set(day(1));
    given.chargeOutcomes.push(new PaymentMethodNotFound(subscription.paymentMethodId));

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(await stored()).toMatchObject({ status: 'past_due', dunningAttempt: 1 });
  });

  it('counts a charge refused beside an earlier one still open (INVOICE_PAYMENT_OPEN) as not paid yet, charging nothing', async () => {
    given.clock.set(day(1));
    given.chargeOutcomes.push(new InvoicePaymentOpen('feb-invoice', 1000n, 'charged again'));

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(await stored()).toMatchObject({ status: 'past_due', dunningAttempt: 1 });
  });

  it('throws SUBSCRIPTION_CHARGE_NOT_YET_DUE for the next retry delivered before its day, so the transport delivers it again', async () => {
    given.clock.set(new Date(day(1).getTime() - 1));

    await expect(handler.execute(new RetrySubscriptionCharge(subscription.id, 1))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_CHARGE_NOT_YET_DUE',
    });
    expect(given.sent).toEqual([]);

    given.clock.set(day(1));
    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));
    expect(given.sentOf(ChargeInvoice)).toHaveLength(1);
  });

  it('does nothing for a retry not next, or once it recovered', async () => {
    given.clock.set(day(4));
    await handler.execute(new RetrySubscriptionCharge(subscription.id, 2));
    expect(given.sent).toEqual([]);

    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));
    await handler.execute(new RetrySubscriptionCharge(subscription.id, 1));

    expect(given.sentOf(ChargeInvoice)).toHaveLength(1);
    expect(given.sentOf(CreateInvoice)).toEqual([]);
  });
});
