import { Money } from '@promenade/ddd';
import { PlanDetailsInvalid } from './plan.errors';

/** What staff may change of a plan after creating it; its code and interval stay, since subscriptions count on them. */
export interface PlanTerms {
  name: string;
  price: Money;
  trialDays: number;
  active: boolean;
}

export const PLAN_NAME_MAX_LENGTH = 100;
export const TRIAL_DAYS_MAX = 365;

/** The terms checked as a whole, the name trimmed; throws PlanDetailsInvalid naming the first broken rule. */
export function planTerms(input: PlanTerms): PlanTerms {
  const name = input.name.trim();
  if (name.length === 0 || name.length > PLAN_NAME_MAX_LENGTH) {
    throw new PlanDetailsInvalid(`name must be 1-${PLAN_NAME_MAX_LENGTH} characters`);
  }
  if (input.price.minor <= 0n) throw new PlanDetailsInvalid('price must be above zero');
  if (!Number.isInteger(input.trialDays) || input.trialDays < 0 || input.trialDays > TRIAL_DAYS_MAX) {
    throw new PlanDetailsInvalid(`trialDays must be a whole number of days from 0 to ${TRIAL_DAYS_MAX}`);
  }
  return { name, price: input.price, trialDays: input.trialDays, active: input.active };
}

/** The names of the terms that differ between two versions of a plan, in a stable order. */
export function changedPlanTerms(before: PlanTerms, after: PlanTerms): Array<keyof PlanTerms> {
  const changed: Array<keyof PlanTerms> = [];
  if (before.name !== after.name) changed.push('name');
  if (!before.price.equals(after.price)) changed.push('price');
  if (before.trialDays !== after.trialDays) changed.push('trialDays');
  if (before.active !== after.active) changed.push('active');
  return changed;
}
