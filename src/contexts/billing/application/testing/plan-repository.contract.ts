import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Plan, PlanState } from '../../domain/plan/plan.aggregate';
import { PlanNotFound } from '../../domain/plan/plan.errors';
import { PlanRepository } from '../../domain/plan/plan.repository';

/** What every PlanRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describePlanRepositoryContract(open: () => Promise<OpenedRepository<PlanRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Plan, PlanState, PlanRepository>({
    open,
    create: () => Plan.create(),
    restore: Plan.restore,
    load: (plans, id) => plans.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers PlanNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(PlanNotFound);
  });
}
