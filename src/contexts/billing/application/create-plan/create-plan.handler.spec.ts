import { ManualClock, Money } from '@promenade/ddd';
import { PlanCreated } from '../../domain/events/plan-created.event';
import { InMemoryPlanRepository } from '../testing/in-memory-plan.repository';
import { aPlan } from '../testing/plan-fixtures';
import { CreatePlan } from './create-plan.command';
import { CreatePlanHandler } from './create-plan.handler';

describe('CreatePlanHandler', () => {
  const input = { code: 'team', name: 'Team', price: Money.of(4900, 'EUR'), interval: 'month', trialDays: 7 };
  let plans: InMemoryPlanRepository;
  let handler: CreatePlanHandler;

  beforeEach(() => {
    plans = new InMemoryPlanRepository();
    handler = new CreatePlanHandler(plans, new ManualClock('2026-03-01T09:00:00Z'));
  });

  it('saves a new active plan created at the clock time that raised PlanCreated, and answers its code', async () => {
    expect(await handler.execute(new CreatePlan(input))).toBe('team');

    expect(await plans.getByCode('team')).toMatchObject({
      name: 'Team',
      trialDays: 7,
      active: true,
      createdAt: new Date('2026-03-01T09:00:00Z'),
    });
    expect(plans.published).toEqual([expect.any(PlanCreated)]);
  });

  it('refuses a code another plan holds with PLAN_CODE_TAKEN and saves nothing', async () => {
    await plans.save(aPlan('team'));
    plans.published.length = 0;

    await expect(handler.execute(new CreatePlan(input))).rejects.toMatchObject({ code: 'PLAN_CODE_TAKEN' });
    expect(plans.all()).toHaveLength(1);
    expect(plans.published).toEqual([]);
  });
});
