import { AggregateRoot, newId } from '@promenade/ddd';
import { SubscriptionCanceled, SubscriptionCanceledPayload } from '../events/subscription-canceled.event';
import { SubscriptionChargeRetryDue } from '../events/subscription-charge-retry-due.event';
import { SubscriptionPastDue } from '../events/subscription-past-due.event';
import { SubscriptionPeriodEnded } from '../events/subscription-period-ended.event';
import { SubscriptionRenewed } from '../events/subscription-renewed.event';
import { SubscriptionStarted } from '../events/subscription-started.event';
import { BillingInterval } from '../plan/billing-interval';
import { Plan } from '../plan/plan.aggregate';
import { billingPeriodFrom } from './billing-period';
import { DunningPolicy } from './dunning-policy';
import { SubscriptionStatus } from './subscription-status';
import { SubscriptionChargeNotYetDue, SubscriptionNotCancelable } from './subscription.errors';

const DAY_MS = 86_400_000;

/** What a period end did: moved into the next period to charge, ended the subscription as asked, or nothing (moved on). */
export type RenewalOutcome = 'charge' | 'ended' | 'nothing';

export interface SubscriptionState {
  id: string;
  version: number;
  /** The Identity user who pays. */
  customerId: string;
  planCode: string;
  paymentMethodId: string;
  status: SubscriptionStatus;
  /** Where periods are counted from: the start, or the trial's end. Each period ends on its day of the month (or the month's last day). */
  anchor: Date;
  currentPeriodStart: Date;
  /** The trial's end while trialing; else the end of the period invoiced last, when the next renewal is due. */
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  /** Retries of the dunning schedule already made since the charge failed (0 right after it failed, and while paid). */
  dunningAttempt: number;
  /** When the charge of the current period first failed; null while paid. */
  pastDueSince: Date | null;
  latestInvoiceId: string | null;
  canceledAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** A customer's subscription to a plan, renewed at each period end and dunned when a charge fails. */
export class Subscription extends AggregateRoot<SubscriptionState> {
  private constructor(state: SubscriptionState) {
    super(state);
  }

  /**
   * Subscribes a customer (throws PlanInactive). With a trial: trialing until it ends, when the renewal charges the
   * first period. Without: active, and its first period must be invoiced and charged at once (`settleCharge`).
   */
  static start(customerId: string, plan: Plan, paymentMethodId: string, now = new Date()): Subscription {
    plan.assertOpenForSubscriptions();
    const trialEnd = plan.trialDays > 0 ? new Date(now.getTime() + plan.trialDays * DAY_MS) : null;
    const anchor = trialEnd ?? now;
    const subscription = new Subscription({
      id: newId(),
      version: 0,
      customerId,
      planCode: plan.code,
      paymentMethodId,
      status: trialEnd ? 'trialing' : 'active',
      anchor,
      currentPeriodStart: now,
      currentPeriodEnd: trialEnd ?? billingPeriodFrom(anchor, plan.interval, now).end,
      cancelAtPeriodEnd: false,
      dunningAttempt: 0,
      pastDueSince: null,
      latestInvoiceId: null,
      canceledAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const { status, currentPeriodStart, currentPeriodEnd } = subscription.state;
    subscription.apply(
      new SubscriptionStarted({
        ...subscription.parties(),
        status: status as 'trialing' | 'active',
        currentPeriodStart: currentPeriodStart.toISOString(),
        currentPeriodEnd: currentPeriodEnd.toISOString(),
        startedAt: now.toISOString(),
      }),
    );
    if (trialEnd) subscription.scheduleRenewal();
    return subscription;
  }

  /** Rebuilds a stored subscription; no rule is re-run and no event raised. */
  static restore(state: SubscriptionState): Subscription {
    return new Subscription(state);
  }

  get customerId(): string {
    return this.state.customerId;
  }

  get planCode(): string {
    return this.state.planCode;
  }

  get paymentMethodId(): string {
    return this.state.paymentMethodId;
  }

  get status(): SubscriptionStatus {
    return this.state.status;
  }

  get anchor(): Date {
    return this.state.anchor;
  }

  get currentPeriodStart(): Date {
    return this.state.currentPeriodStart;
  }

  get currentPeriodEnd(): Date {
    return this.state.currentPeriodEnd;
  }

  get cancelAtPeriodEnd(): boolean {
    return this.state.cancelAtPeriodEnd;
  }

  get dunningAttempt(): number {
    return this.state.dunningAttempt;
  }

  get pastDueSince(): Date | null {
    return this.state.pastDueSince;
  }

  get latestInvoiceId(): string | null {
    return this.state.latestInvoiceId;
  }

  get canceledAt(): Date | null {
    return this.state.canceledAt;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get isTrialing(): boolean {
    return this.state.status === 'trialing';
  }

  /** Names the current period's invoice (its source reference): one invoice per subscription and period, whatever retries. */
  get periodReference(): string {
    return `subscription:${this.id}:${this.state.currentPeriodStart.toISOString()}`;
  }

  /** The provider idempotency key of the charge due now: the renewal's (0) or retry n's, so a repeated attempt is charged once. */
  get chargeKey(): string {
    const attempt = this.state.status === 'past_due' ? this.state.dunningAttempt + 1 : 0;
    return `${this.periodReference}:${attempt}`;
  }

  /**
   * At the end of the period `periodEnd`: cancels a subscription asked to end then (`ended`), else moves it into its
   * next period, which the caller invoices and charges (`charge`, then `settleCharge`). A subscription that moved on
   * (another period, past due, ended) stays as it is (`nothing`). Still in that period but before its end (a delivery
   * early by clock skew): SUBSCRIPTION_CHARGE_NOT_YET_DUE, for the transport to deliver it again.
   */
  renewIfDue(periodEnd: Date, interval: BillingInterval, now = new Date()): RenewalOutcome {
    const { status, currentPeriodEnd } = this.state;
    const inPeriod = (status === 'trialing' || status === 'active') && currentPeriodEnd.getTime() === periodEnd.getTime();
    if (!inPeriod) return 'nothing';
    if (now < periodEnd) throw new SubscriptionChargeNotYetDue(this.id, periodEnd, now);
    if (this.state.cancelAtPeriodEnd) {
      this.end('canceled', 'period_end', now);
      return 'ended';
    }
    const next = billingPeriodFrom(this.state.anchor, interval, periodEnd);
    this.state = { ...this.state, currentPeriodStart: next.start, currentPeriodEnd: next.end };
    return 'charge';
  }

  /**
   * Whether retry `attempt` of the dunning schedule is the one due now; a later or earlier one, or one of a settled
   * subscription, is not. The next retry delivered before its time (clock skew): SUBSCRIPTION_CHARGE_NOT_YET_DUE, for
   * the transport to deliver it again.
   */
  isRetryDue(attempt: number, dunning: DunningPolicy, now = new Date()): boolean {
    const { status, dunningAttempt, pastDueSince } = this.state;
    if (status !== 'past_due' || pastDueSince === null || attempt !== dunningAttempt + 1) return false;
    const due = dunning.retryAt(attempt, pastDueSince);
    if (due === null) return false;
    if (now < due) throw new SubscriptionChargeNotYetDue(this.id, due, now);
    return true;
  }

  /**
   * The outcome of charging the current period's invoice (at the start, a renewal or a retry). Paid: active, the next
   * renewal scheduled. Not paid: past due with the first retry scheduled, or, after a failed retry, the next retry,
   * or after the last one the dunning's final status.
   */
  settleCharge(invoiceId: string, paid: boolean, dunning: DunningPolicy, now = new Date()): void {
    this.state = { ...this.state, latestInvoiceId: invoiceId };
    if (paid) this.paid(invoiceId, now);
    else if (this.state.status === 'past_due') this.retryFailed(dunning, now);
    else this.fallPastDue(invoiceId, dunning, now);
  }

  /**
   * Immediately (no proration: nothing is refunded for the rest of the period) or at the period's end, when the
   * renewal cancels it instead of charging. Answers whether anything changed; SUBSCRIPTION_NOT_CANCELABLE once ended.
   */
  cancel(atPeriodEnd: boolean, now = new Date()): boolean {
    const { status } = this.state;
    if (status === 'canceled' || status === 'unpaid') throw new SubscriptionNotCancelable(this.id, status);
    if (!atPeriodEnd) {
      this.end('canceled', 'requested', now);
      return true;
    }
    if (this.state.cancelAtPeriodEnd) return false;
    this.state = { ...this.state, cancelAtPeriodEnd: true };
    return true;
  }

  private paid(invoiceId: string, now: Date): void {
    // The very first charge, in the command that starts the subscription, is announced by SubscriptionStarted.
    const renewal = !this.isNew;
    this.state = { ...this.state, status: 'active', dunningAttempt: 0, pastDueSince: null };
    if (renewal) {
      this.apply(
        new SubscriptionRenewed({
          ...this.parties(),
          invoiceId,
          periodStart: this.state.currentPeriodStart.toISOString(),
          periodEnd: this.state.currentPeriodEnd.toISOString(),
          renewedAt: now.toISOString(),
        }),
      );
    }
    this.scheduleRenewal();
  }

  private fallPastDue(invoiceId: string, dunning: DunningPolicy, now: Date): void {
    this.state = { ...this.state, status: 'past_due', dunningAttempt: 0, pastDueSince: now };
    const nextRetryAt = dunning.retryAt(1, now) as Date; // a policy holds at least one retry
    this.apply(
      new SubscriptionPastDue({
        ...this.parties(),
        invoiceId,
        pastDueSince: now.toISOString(),
        nextRetryAt: nextRetryAt.toISOString(),
      }),
    );
    this.scheduleRetry(1, nextRetryAt);
  }

  private retryFailed(dunning: DunningPolicy, now: Date): void {
    const attempt = this.state.dunningAttempt + 1;
    this.state = { ...this.state, dunningAttempt: attempt };
    const next = dunning.retryAt(attempt + 1, this.state.pastDueSince as Date);
    if (next) this.scheduleRetry(attempt + 1, next);
    else this.end(dunning.finalStatus, 'payment_failed', now);
  }

  /** Ends it for good; `unpaid` is announced by the SubscriptionPastDue before it, `canceled` by SubscriptionCanceled. */
  private end(status: 'canceled' | 'unpaid', reason: SubscriptionCanceledPayload['reason'], now: Date): void {
    this.state = { ...this.state, status, canceledAt: status === 'canceled' ? now : null };
    if (status === 'canceled') this.apply(new SubscriptionCanceled({ ...this.parties(), reason, canceledAt: now.toISOString() }));
  }

  private scheduleRenewal(): void {
    const periodEnd = this.state.currentPeriodEnd.toISOString();
    this.apply(new SubscriptionPeriodEnded({ subscriptionId: this.id, periodEnd }, { deliverAt: periodEnd }));
  }

  private scheduleRetry(attempt: number, at: Date): void {
    this.apply(new SubscriptionChargeRetryDue({ subscriptionId: this.id, attempt }, { deliverAt: at.toISOString() }));
  }

  private parties(): { subscriptionId: string; customerId: string; planCode: string } {
    return { subscriptionId: this.id, customerId: this.state.customerId, planCode: this.state.planCode };
  }
}
