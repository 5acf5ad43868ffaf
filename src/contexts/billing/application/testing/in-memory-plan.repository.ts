import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Plan, PlanState } from '../../domain/plan/plan.aggregate';
import { PlanNotFound } from '../../domain/plan/plan.errors';
import { PlanRepository } from '../../domain/plan/plan.repository';

/** A unit-test stand-in for the plan store: the port's queries over the shared in-memory repository. */
export class InMemoryPlanRepository extends InMemoryAggregateRepository<Plan, PlanState> implements PlanRepository {
  constructor() {
    super(Plan.restore);
  }

  async getById(id: string): Promise<Plan> {
    const stored = this.stored(id);
    if (!stored) throw new PlanNotFound(id);
    return stored;
  }
}
