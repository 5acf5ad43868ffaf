import { Money } from '@promenade/ddd';
import { PlanUpdated } from '../../domain/events/plan-updated.event';
import { InMemoryPlanRepository } from '../testing/in-memory-plan.repository';
import { aPlan } from '../testing/plan-fixtures';
import { UpdatePlan } from './update-plan.command';
import { UpdatePlanHandler } from './update-plan.handler';

describe('UpdatePlanHandler', () => {
  let plans: InMemoryPlanRepository;
  let handler: UpdatePlanHandler;

  beforeEach(async () => {
    plans = new InMemoryPlanRepository();
    handler = new UpdatePlanHandler(plans);
    await plans.save(aPlan('basic'));
    plans.published.length = 0;
  });

  it('saves the terms given, by code, with PlanUpdated raised', async () => {
    await handler.execute(new UpdatePlan('basic', { price: Money.of(1290, 'EUR'), active: false }));

    const plan = await plans.getByCode('basic');
    expect(plan).toMatchObject({ version: 2, active: false, name: 'Basic' });
    expect(plan.price.amount).toBe(1290);
    expect(plans.published).toEqual([expect.any(PlanUpdated)]);
  });

  it('saves nothing when nothing changes', async () => {
    await handler.execute(new UpdatePlan('basic', { name: 'Basic' }));

    expect((await plans.getByCode('basic')).version).toBe(1);
    expect(plans.published).toEqual([]);
  });

  it('refuses an unknown code with PLAN_NOT_FOUND', async () => {
    await expect(handler.execute(new UpdatePlan('nope', { active: false }))).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
  });
});
