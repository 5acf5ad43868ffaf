import { PlanCreated } from '../../domain/events/plan-created.event';
import { InMemoryPlanRepository } from '../testing/in-memory-plan.repository';
import { CreatePlan } from './create-plan.command';
import { CreatePlanHandler } from './create-plan.handler';

describe('CreatePlanHandler', () => {
  it('saves a new plan that raised PlanCreated, and answers its id', async () => {
    const repository = new InMemoryPlanRepository();
    const id = await new CreatePlanHandler(repository).execute(new CreatePlan());
    expect(repository.all().map((plan) => plan.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(PlanCreated)]);
  });
});
