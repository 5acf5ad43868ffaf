import { Money } from '@promenade/ddd';
import { Plan } from '../../domain/plan/plan.aggregate';
import { DunningPolicy } from '../../domain/subscription/dunning-policy';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { aPlan } from './plan-fixtures';

export const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
export const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051bb';
export const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051cc';

/** Retries 1, 3 and 5 days after the first failed charge, then canceled: the configured default. */
export const DEFAULT_DUNNING = DunningPolicy.of([1, 3, 5], 'canceled');

/** A monthly plan of 9.90 EUR, with `trialDays` of trial. */
export function aMonthlyPlan(trialDays = 0): Plan {
  return aPlan(trialDays > 0 ? 'trial-monthly' : 'basic', { price: Money.of(990, 'EUR'), trialDays });
}

/**
 * A subscription of CUSTOMER to `plan` started at `at`, saved as a store would give it back (version 1, no pending
 * event); without a trial its first charge succeeded with invoice `first-invoice`.
 */
export function aStartedSubscription(plan: Plan, at: Date, customerId = CUSTOMER): Subscription {
  const subscription = Subscription.start(customerId, plan, PAYMENT_METHOD, at);
  if (!subscription.isTrialing) subscription.settleCharge('first-invoice', true, DEFAULT_DUNNING, at);
  return Subscription.restore({ ...subscription.snapshot(), version: 1 });
}
