import { PlanUpdated } from '../../domain/events/plan-updated.event';
import { Plan } from '../../domain/plan/plan.aggregate';
import { InMemoryPlanRepository } from '../testing/in-memory-plan.repository';
import { UpdatePlan } from './update-plan.command';
import { UpdatePlanHandler } from './update-plan.handler';

describe('UpdatePlanHandler', () => {
  const stored = () =>
    Plan.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the plan with PlanUpdated raised', async () => {
    const plan = stored();
    const repository = new InMemoryPlanRepository().seed(plan);
    await new UpdatePlanHandler(repository).execute(new UpdatePlan(plan.id));
    expect(repository.stored(plan.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(PlanUpdated);
    expect(event.metadata.aggregateId).toBe(plan.id);
  });

  it('refuses an unknown id with PLAN_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryPlanRepository();
    await expect(new UpdatePlanHandler(repository).execute(new UpdatePlan('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
    expect(repository.all()).toEqual([]);
  });
});
