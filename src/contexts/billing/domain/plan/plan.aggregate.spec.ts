import { PlanCreated } from '../events/plan-created.event';
import { Plan } from './plan.aggregate';

describe('Plan', () => {
  it('is created with a new id and raises PlanCreated', () => {
    const plan = Plan.create(new Date('2026-01-01T00:00:00Z'));
    expect(plan.isNew).toBe(true);
    const [event] = plan.pullEvents();
    expect(event).toBeInstanceOf(PlanCreated);
    expect(event.eventName).toBe('billing.plan-created');
    expect((event as PlanCreated).payload).toEqual({ planId: plan.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const plan = Plan.restore(state);
    expect(plan.snapshot()).toEqual(state);
    expect(plan.pullEvents()).toEqual([]);
  });
});
