import { AggregateRoot, Money, newId, Patch, patched } from '@promenade/ddd';
import { PlanCreated } from '../events/plan-created.event';
import { PlanUpdated } from '../events/plan-updated.event';
import { BILLING_INTERVALS, BillingInterval } from './billing-interval';
import { planCode } from './plan-code';
import { changedPlanTerms, PlanTerms, planTerms } from './plan-terms';
import { PlanDetailsInvalid, PlanInactive } from './plan.errors';

export interface PlanState extends PlanTerms {
  id: string;
  version: number;
  /** Never changes: routes and subscriptions name the plan by it. */
  code: string;
  /** Never changes: a subscription's periods are counted in it. */
  interval: BillingInterval;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** What a new plan is made of; `active` defaults to true. */
export interface NewPlan {
  code: string;
  name: string;
  price: Money;
  interval: string;
  trialDays?: number;
  active?: boolean;
}

/** A price per month or per year that customers subscribe to, named by its code; open to new subscriptions while active. */
export class Plan extends AggregateRoot<PlanState> {
  private constructor(state: PlanState) {
    super(state);
  }

  /** Checks every field; throws PlanCodeInvalid or PlanDetailsInvalid. The code's uniqueness is the repository's. */
  static create(input: NewPlan, now = new Date()): Plan {
    const code = planCode(input.code);
    if (!(BILLING_INTERVALS as readonly string[]).includes(input.interval)) {
      throw new PlanDetailsInvalid(`interval "${input.interval}" is not one of ${BILLING_INTERVALS.join(', ')}`);
    }
    const terms = planTerms({ name: input.name, price: input.price, trialDays: input.trialDays ?? 0, active: input.active ?? true });
    const plan = new Plan({
      id: newId(),
      version: 0,
      code,
      interval: input.interval as BillingInterval,
      ...terms,
      createdAt: now,
      updatedAt: now,
    });
    plan.apply(new PlanCreated({ planId: plan.id, code, createdAt: now.toISOString() }));
    return plan;
  }

  /** Rebuilds a stored plan; no rule is re-run and no event raised. */
  static restore(state: PlanState): Plan {
    return new Plan(state);
  }

  get code(): string {
    return this.state.code;
  }

  get name(): string {
    return this.state.name;
  }

  get price(): Money {
    return this.state.price;
  }

  get interval(): BillingInterval {
    return this.state.interval;
  }

  get trialDays(): number {
    return this.state.trialDays;
  }

  get active(): boolean {
    return this.state.active;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** New subscriptions only: a deactivated plan keeps renewing the subscriptions it has. */
  assertOpenForSubscriptions(): void {
    if (!this.active) throw new PlanInactive(this.code);
  }

  /**
   * Applies a change of some terms, checked as a whole (the rules of creation). Answers whether anything changed:
   * sending the terms as they are raises nothing. A new price applies from each subscription's next renewal.
   */
  update(changes: Patch<PlanTerms>): boolean {
    const { name, price, trialDays, active } = this.state;
    const next = planTerms(patched<PlanTerms>({ name, price, trialDays, active }, changes));
    const changed = changedPlanTerms(this.state, next);
    if (changed.length === 0) return false;
    this.state = { ...this.state, ...next };
    this.apply(new PlanUpdated({ planId: this.id, code: this.code, changed }));
    return true;
  }
}
