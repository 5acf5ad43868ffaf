import { DomainEvent } from '@promenade/ddd';
import {
  aMonthlyPlan,
  aStartedSubscription,
  CUSTOMER,
  DEFAULT_DUNNING,
  PAYMENT_METHOD,
} from '../../application/testing/subscription-fixtures';
import { SubscriptionCanceled } from '../events/subscription-canceled.event';
import { SubscriptionChargeRetryDue } from '../events/subscription-charge-retry-due.event';
import { SubscriptionPastDue } from '../events/subscription-past-due.event';
import { SubscriptionPeriodEnded } from '../events/subscription-period-ended.event';
import { SubscriptionRenewed } from '../events/subscription-renewed.event';
import { SubscriptionStarted } from '../events/subscription-started.event';
import { PlanInactive } from '../plan/plan.errors';
import { DunningPolicy } from './dunning-policy';
import { Subscription } from './subscription.aggregate';
import { SubscriptionChargeNotYetDue, SubscriptionNotCancelable } from './subscription.errors';

const at = (iso: string) => new Date(iso);
const JAN_31 = at('2026-01-31T10:00:00.000Z');
const FEB_28 = at('2026-02-28T10:00:00.000Z');
const MAR_31 = at('2026-03-31T10:00:00.000Z');
const DAY = 86_400_000;

/** Each pending event as [name, payload, deliverAt], in the order raised. */
const raised = (subscription: Subscription) =>
  subscription.pullEvents().map((event: DomainEvent) => [event.eventName, event.payload, event.metadata.deliverAt]);

/** A monthly subscription started Jan 31 whose Feb 28 renewal charge just failed (its events pulled). */
function pastDue(dunning = DEFAULT_DUNNING): Subscription {
  const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
  subscription.renewIfDue(FEB_28, 'month', FEB_28);
  subscription.settleCharge('feb-invoice', false, dunning, FEB_28);
  subscription.pullEvents();
  return subscription;
}

describe('Subscription', () => {
  describe('start', () => {
    it('without a trial: active from now, anchored now, for one interval, raising SubscriptionStarted and nothing scheduled yet', () => {
      const subscription = Subscription.start(CUSTOMER, aMonthlyPlan(), PAYMENT_METHOD, JAN_31);

      expect(subscription).toMatchObject({
        status: 'active',
        customerId: CUSTOMER,
        planCode: 'basic',
        paymentMethodId: PAYMENT_METHOD,
        anchor: JAN_31,
        currentPeriodStart: JAN_31,
        currentPeriodEnd: FEB_28,
        cancelAtPeriodEnd: false,
        latestInvoiceId: null,
      });
      expect(raised(subscription)).toEqual([
        [
          SubscriptionStarted.eventName,
          {
            subscriptionId: subscription.id,
            customerId: CUSTOMER,
            planCode: 'basic',
            status: 'active',
            currentPeriodStart: JAN_31.toISOString(),
            currentPeriodEnd: FEB_28.toISOString(),
            startedAt: JAN_31.toISOString(),
          },
          undefined,
        ],
      ]);
    });

    it('without a trial, once its first charge is paid: schedules the renewal at the period end, announcing no renewal', () => {
      const subscription = Subscription.start(CUSTOMER, aMonthlyPlan(), PAYMENT_METHOD, JAN_31);
      subscription.pullEvents();

      subscription.settleCharge('first-invoice', true, DEFAULT_DUNNING, JAN_31);

      expect(subscription).toMatchObject({ status: 'active', latestInvoiceId: 'first-invoice' });
      expect(raised(subscription)).toEqual([
        [SubscriptionPeriodEnded.eventName, { subscriptionId: subscription.id, periodEnd: FEB_28.toISOString() }, FEB_28.toISOString()],
      ]);
    });

    it('with a trial: trialing until the trial ends, anchored there, and the trial end scheduled', () => {
      const trialEnd = new Date(JAN_31.getTime() + 14 * DAY);
      const subscription = Subscription.start(CUSTOMER, aMonthlyPlan(14), PAYMENT_METHOD, JAN_31);

      expect(subscription).toMatchObject({ status: 'trialing', anchor: trialEnd, currentPeriodStart: JAN_31, currentPeriodEnd: trialEnd });
      expect(raised(subscription)).toEqual([
        [
          SubscriptionStarted.eventName,
          expect.objectContaining({ status: 'trialing', currentPeriodEnd: trialEnd.toISOString() }),
          undefined,
        ],
        [SubscriptionPeriodEnded.eventName, { subscriptionId: subscription.id, periodEnd: trialEnd.toISOString() }, trialEnd.toISOString()],
      ]);
    });

    it('refuses a deactivated plan with PLAN_INACTIVE', () => {
      const plan = aMonthlyPlan();
      plan.update({ active: false });

      expect(() => Subscription.start(CUSTOMER, plan, PAYMENT_METHOD, JAN_31)).toThrow(PlanInactive);
    });
  });

  describe('renewal', () => {
    it('at its period end moves into the next period (Jan 31 → Feb 28 → Mar 31) and, once paid, announces it and schedules the next', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);

      expect(subscription.renewIfDue(FEB_28, 'month', FEB_28)).toBe('charge');
      expect(subscription).toMatchObject({ currentPeriodStart: FEB_28, currentPeriodEnd: MAR_31 });
      expect(subscription.periodReference).toBe(`subscription:${subscription.id}:${FEB_28.toISOString()}`);
      expect(subscription.chargeKey).toBe(`subscription:${subscription.id}:${FEB_28.toISOString()}:0`);

      subscription.settleCharge('feb-invoice', true, DEFAULT_DUNNING, FEB_28);

      expect(subscription).toMatchObject({ status: 'active', latestInvoiceId: 'feb-invoice' });
      expect(raised(subscription)).toEqual([
        [
          SubscriptionRenewed.eventName,
          {
            subscriptionId: subscription.id,
            customerId: CUSTOMER,
            planCode: 'basic',
            invoiceId: 'feb-invoice',
            periodStart: FEB_28.toISOString(),
            periodEnd: MAR_31.toISOString(),
            renewedAt: FEB_28.toISOString(),
          },
          undefined,
        ],
        [SubscriptionPeriodEnded.eventName, { subscriptionId: subscription.id, periodEnd: MAR_31.toISOString() }, MAR_31.toISOString()],
      ]);
    });

    it('keeps the anchor day across renewals: Feb 28 → Mar 31 → Apr 30 → May 31', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      const ends: string[] = [];
      for (let n = 0; n < 4; n++) {
        const end = subscription.currentPeriodEnd;
        subscription.renewIfDue(end, 'month', end);
        subscription.settleCharge(`invoice-${n}`, true, DEFAULT_DUNNING, end);
        ends.push(subscription.currentPeriodEnd.toISOString());
      }
      expect(ends).toEqual([
        '2026-03-31T10:00:00.000Z',
        '2026-04-30T10:00:00.000Z',
        '2026-05-31T10:00:00.000Z',
        '2026-06-30T10:00:00.000Z',
      ]);
    });

    it('at a trial end charges the first period, counted from the trial end, and announces it as a renewal', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(14), JAN_31);
      const trialEnd = subscription.currentPeriodEnd;

      expect(subscription.renewIfDue(trialEnd, 'month', trialEnd)).toBe('charge');
      subscription.settleCharge('first-invoice', true, DEFAULT_DUNNING, trialEnd);

      expect(subscription).toMatchObject({
        status: 'active',
        currentPeriodStart: trialEnd,
        currentPeriodEnd: at('2026-03-14T10:00:00.000Z'),
      });
      expect(raised(subscription).map(([name]) => name)).toEqual([SubscriptionRenewed.eventName, SubscriptionPeriodEnded.eventName]);
    });

    it('refuses a delivery before its period end with SUBSCRIPTION_CHARGE_NOT_YET_DUE, to be delivered again, not dropped', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      const asked = aStartedSubscription(aMonthlyPlan(), JAN_31);
      asked.cancel(true, JAN_31);

      for (const early of [subscription, asked]) {
        expect(() => early.renewIfDue(FEB_28, 'month', new Date(FEB_28.getTime() - 1))).toThrow(SubscriptionChargeNotYetDue);
      }
      expect(subscription).toMatchObject({ status: 'active', currentPeriodEnd: FEB_28 });
      expect(asked).toMatchObject({ status: 'active', canceledAt: null });
      expect(subscription.renewIfDue(FEB_28, 'month', FEB_28)).toBe('charge');
    });

    it('does nothing for another period end, or once it moved on, however early', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      expect(subscription.renewIfDue(MAR_31, 'month', MAR_31)).toBe('nothing');
      expect(subscription.renewIfDue(JAN_31, 'month', JAN_31)).toBe('nothing');
      expect(subscription.currentPeriodEnd).toEqual(FEB_28);

      const late = pastDue();
      expect(late.renewIfDue(MAR_31, 'month', MAR_31)).toBe('nothing');

      const canceled = aStartedSubscription(aMonthlyPlan(), JAN_31);
      canceled.cancel(false, JAN_31);
      expect(canceled.renewIfDue(FEB_28, 'month', FEB_28)).toBe('nothing');
    });

    it('ends one asked to cancel at its period end, instead of charging: canceled, SubscriptionCanceled(period_end)', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      subscription.cancel(true, JAN_31);

      expect(subscription.renewIfDue(FEB_28, 'month', FEB_28)).toBe('ended');

      expect(subscription).toMatchObject({ status: 'canceled', canceledAt: FEB_28, currentPeriodEnd: FEB_28 });
      expect(raised(subscription)).toEqual([
        [
          SubscriptionCanceled.eventName,
          {
            subscriptionId: subscription.id,
            customerId: CUSTOMER,
            planCode: 'basic',
            reason: 'period_end',
            canceledAt: FEB_28.toISOString(),
          },
          undefined,
        ],
      ]);
    });
  });

  describe('dunning', () => {
    it('a failed charge makes it past due and schedules the first retry a day later', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      subscription.renewIfDue(FEB_28, 'month', FEB_28);

      subscription.settleCharge('feb-invoice', false, DEFAULT_DUNNING, FEB_28);

      const firstRetry = new Date(FEB_28.getTime() + DAY).toISOString();
      expect(subscription).toMatchObject({ status: 'past_due', pastDueSince: FEB_28, dunningAttempt: 0, latestInvoiceId: 'feb-invoice' });
      expect(raised(subscription)).toEqual([
        [
          SubscriptionPastDue.eventName,
          {
            subscriptionId: subscription.id,
            customerId: CUSTOMER,
            planCode: 'basic',
            invoiceId: 'feb-invoice',
            pastDueSince: FEB_28.toISOString(),
            nextRetryAt: firstRetry,
          },
          undefined,
        ],
        [SubscriptionChargeRetryDue.eventName, { subscriptionId: subscription.id, attempt: 1 }, firstRetry],
      ]);
      expect(subscription.chargeKey).toBe(`subscription:${subscription.id}:${FEB_28.toISOString()}:1`);
    });

    it('knows which retry is due; the next one delivered before its day is SUBSCRIPTION_CHARGE_NOT_YET_DUE, not dropped', () => {
      const subscription = pastDue();
      const firstRetry = new Date(FEB_28.getTime() + DAY);

      expect(() => subscription.isRetryDue(1, DEFAULT_DUNNING, new Date(firstRetry.getTime() - 1))).toThrow(SubscriptionChargeNotYetDue);
      expect(subscription.isRetryDue(1, DEFAULT_DUNNING, firstRetry)).toBe(true);
      expect(subscription.isRetryDue(2, DEFAULT_DUNNING, new Date(FEB_28.getTime() + 10 * DAY))).toBe(false);
      expect(aStartedSubscription(aMonthlyPlan(), JAN_31).isRetryDue(1, DEFAULT_DUNNING, MAR_31)).toBe(false);
    });

    it('retries on days 1, 3 and 5 after the failed charge, then cancels it: SubscriptionCanceled(payment_failed)', () => {
      const subscription = pastDue();
      const retries: unknown[] = [];
      for (const day of [1, 3, 5]) {
        const now = new Date(FEB_28.getTime() + day * DAY);
        expect(subscription.isRetryDue(subscription.dunningAttempt + 1, DEFAULT_DUNNING, now)).toBe(true);
        subscription.settleCharge('feb-invoice', false, DEFAULT_DUNNING, now);
        retries.push(...raised(subscription));
      }

      expect(subscription).toMatchObject({ status: 'canceled', dunningAttempt: 3, canceledAt: new Date(FEB_28.getTime() + 5 * DAY) });
      expect(retries).toEqual([
        [SubscriptionChargeRetryDue.eventName, { subscriptionId: subscription.id, attempt: 2 }, '2026-03-03T10:00:00.000Z'],
        [SubscriptionChargeRetryDue.eventName, { subscriptionId: subscription.id, attempt: 3 }, '2026-03-05T10:00:00.000Z'],
        [
          SubscriptionCanceled.eventName,
          expect.objectContaining({ reason: 'payment_failed', canceledAt: '2026-03-05T10:00:00.000Z' }),
          undefined,
        ],
      ]);
    });

    it('ends unpaid after the last retry when so configured, announcing nothing more', () => {
      const unpaidAfterOne = DunningPolicy.of([2], 'unpaid');
      const subscription = pastDue(unpaidAfterOne);

      subscription.settleCharge('feb-invoice', false, unpaidAfterOne, new Date(FEB_28.getTime() + 2 * DAY));

      expect(subscription).toMatchObject({ status: 'unpaid', canceledAt: null });
      expect(raised(subscription)).toEqual([]);
      expect(() => subscription.cancel(false)).toThrow(SubscriptionNotCancelable);
    });

    it('recovers when a retry is paid: active again, dunning reset, renewal announced and the period end scheduled', () => {
      const subscription = pastDue();
      const secondRetry = new Date(FEB_28.getTime() + 3 * DAY);
      subscription.settleCharge('feb-invoice', false, DEFAULT_DUNNING, new Date(FEB_28.getTime() + DAY));
      subscription.pullEvents();

      subscription.settleCharge('feb-invoice', true, DEFAULT_DUNNING, secondRetry);

      expect(subscription).toMatchObject({ status: 'active', dunningAttempt: 0, pastDueSince: null, currentPeriodEnd: MAR_31 });
      expect(raised(subscription)).toEqual([
        [
          SubscriptionRenewed.eventName,
          expect.objectContaining({ invoiceId: 'feb-invoice', renewedAt: secondRetry.toISOString() }),
          undefined,
        ],
        [SubscriptionPeriodEnded.eventName, { subscriptionId: subscription.id, periodEnd: MAR_31.toISOString() }, MAR_31.toISOString()],
      ]);
    });
  });

  describe('cancel', () => {
    it('immediately: canceled now, without proration, SubscriptionCanceled(requested)', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      const now = at('2026-02-10T00:00:00.000Z');

      expect(subscription.cancel(false, now)).toBe(true);

      expect(subscription).toMatchObject({ status: 'canceled', canceledAt: now });
      expect(raised(subscription)).toEqual([
        [SubscriptionCanceled.eventName, expect.objectContaining({ reason: 'requested', canceledAt: now.toISOString() }), undefined],
      ]);
    });

    it('a past-due one immediately too', () => {
      const subscription = pastDue();
      subscription.cancel(false, MAR_31);
      expect(subscription.status).toBe('canceled');
    });

    it('at period end: marked, still active, nothing announced; asking again changes nothing', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(14), JAN_31);

      expect(subscription.cancel(true, JAN_31)).toBe(true);
      expect(subscription.cancel(true, JAN_31)).toBe(false);

      expect(subscription).toMatchObject({ status: 'trialing', cancelAtPeriodEnd: true, canceledAt: null });
      expect(raised(subscription)).toEqual([]);
    });

    it('refuses one that has ended with SUBSCRIPTION_NOT_CANCELABLE', () => {
      const subscription = aStartedSubscription(aMonthlyPlan(), JAN_31);
      subscription.cancel(false, JAN_31);

      expect(() => subscription.cancel(true, JAN_31)).toThrow(SubscriptionNotCancelable);
      expect(() => subscription.cancel(false, JAN_31)).toThrow(SubscriptionNotCancelable);
    });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const stored = aStartedSubscription(aMonthlyPlan(), JAN_31);
    const subscription = Subscription.restore(stored.snapshot());
    expect(subscription.snapshot()).toEqual(stored.snapshot());
    expect(subscription.pullEvents()).toEqual([]);
  });
});
