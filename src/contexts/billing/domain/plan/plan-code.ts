import { PlanCodeInvalid } from './plan.errors';

/** A plan's code as stored: lower-case letters, digits and dashes; routes and subscriptions name the plan by it. */
export const PLAN_CODE_PATTERN = /^[a-z0-9-]{2,32}$/;

/** Throws PlanCodeInvalid; a code is never changed or normalised, so what a client typed is what it reads back. */
export function planCode(raw: string): string {
  if (!PLAN_CODE_PATTERN.test(raw)) throw new PlanCodeInvalid(raw);
  return raw;
}
