import { AggregateRoot, newId } from '@promenade/ddd';
import { PlanCreated } from '../events/plan-created.event';
import { PlanUpdated } from '../events/plan-updated.event';

export interface PlanState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Plan: its rules live here, as methods that check them and raise events. */
export class Plan extends AggregateRoot<PlanState> {
  private constructor(state: PlanState) {
    super(state);
  }

  static create(now = new Date()): Plan {
    const plan = new Plan({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    plan.apply(new PlanCreated({ planId: plan.id, createdAt: now.toISOString() }));
    return plan;
  }

  /** Rebuilds a stored plan; no rule is re-run and no event raised. */
  static restore(state: PlanState): Plan {
    return new Plan(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Update this plan. Check the rule that allows it here, before the event. */
  update(now = new Date()): void {
    this.apply(new PlanUpdated({ planId: this.id, updatedAt: now.toISOString() }));
  }
}
