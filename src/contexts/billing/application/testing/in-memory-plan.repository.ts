import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Plan, PlanState } from '../../domain/plan/plan.aggregate';
import { PlanCodeTaken, PlanNotFound } from '../../domain/plan/plan.errors';
import { PlanFilter, PlanRepository } from '../../domain/plan/plan.repository';

/** A unit-test stand-in for the plan store: the port's queries, and one plan per code as the unique index keeps it. */
export class InMemoryPlanRepository extends InMemoryAggregateRepository<Plan, PlanState> implements PlanRepository {
  constructor() {
    super(Plan.restore);
  }

  async getById(id: string): Promise<Plan> {
    const stored = this.stored(id);
    if (!stored) throw new PlanNotFound(id);
    return stored;
  }

  async getByCode(code: string): Promise<Plan> {
    const found = this.all().find((plan) => plan.code === code);
    if (!found) throw new PlanNotFound(code);
    return found;
  }

  async findPage(filter: PlanFilter, offset: number, limit: number): Promise<{ items: Plan[]; total: number }> {
    const matches = this.all().filter((plan) => (filter.active ?? plan.active) === plan.active);
    return this.pageOf(matches, offset, limit, (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  override async save(plan: Plan): Promise<void> {
    if (this.all().some((other) => other.code === plan.code && other.id !== plan.id)) throw new PlanCodeTaken(plan.code);
    await super.save(plan);
  }
}
