import { InMemoryPlanRepository } from '../testing/in-memory-plan.repository';
import { aPlan } from '../testing/plan-fixtures';
import { GetPlan } from './get-plan.query';
import { GetPlanHandler } from './get-plan.handler';

describe('GetPlanHandler', () => {
  it('answers the plan stored under a code, and PLAN_NOT_FOUND for another', async () => {
    const plans = new InMemoryPlanRepository();
    const plan = aPlan('basic');
    await plans.save(plan);
    const handler = new GetPlanHandler(plans);

    expect((await handler.execute(new GetPlan('basic'))).id).toBe(plan.id);
    await expect(handler.execute(new GetPlan('pro'))).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
  });
});
