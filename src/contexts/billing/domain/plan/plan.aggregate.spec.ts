import { Money } from '@promenade/ddd';
import { aPlan } from '../../application/testing/plan-fixtures';
import { PlanCreated } from '../events/plan-created.event';
import { Plan } from './plan.aggregate';
import { PlanCodeInvalid, PlanDetailsInvalid, PlanInactive } from './plan.errors';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('Plan', () => {
  it('is created active, with its terms as given, and raises PlanCreated', () => {
    const plan = Plan.create({ code: 'pro-yearly', name: '  Pro  ', price: Money.of(9900, 'EUR'), interval: 'year', trialDays: 14 }, NOW);

    expect(plan).toMatchObject({ code: 'pro-yearly', name: 'Pro', interval: 'year', trialDays: 14, active: true, isNew: true });
    expect(plan.price.toJSON()).toEqual({ amount: 9900, currency: 'EUR' });
    const [event] = plan.pullEvents();
    expect(event).toBeInstanceOf(PlanCreated);
    expect((event as PlanCreated).payload).toEqual({ planId: plan.id, code: 'pro-yearly', createdAt: NOW.toISOString() });
  });

  it('defaults to no trial', () => {
    expect(aPlan().trialDays).toBe(0);
  });

  it.each(['a', 'UPPER', 'with space', 'x'.repeat(33), 'under_score'])('refuses the code %j with PLAN_CODE_INVALID', (code) => {
    expect(() => aPlan(code)).toThrow(PlanCodeInvalid);
  });

  it.each([
    ['a blank name', { name: '   ' }],
    ['a name over 100 characters', { name: 'n'.repeat(101) }],
    ['a zero price', { price: Money.of(0, 'EUR') }],
    ['a negative price', { price: Money.of(-1, 'EUR') }],
    ['negative trial days', { trialDays: -1 }],
    ['over 365 trial days', { trialDays: 366 }],
    ['fractional trial days', { trialDays: 1.5 }],
    ['an unknown interval', { interval: 'week' }],
  ])('refuses %s with PLAN_DETAILS_INVALID', (_case, overrides) => {
    expect(() => aPlan('basic', overrides)).toThrow(PlanDetailsInvalid);
  });

  it('changes the terms given, checked as at creation, and raises PlanUpdated naming them', () => {
    const plan = aPlan();
    plan.pullEvents();

    expect(plan.update({ price: Money.of(1290, 'EUR'), active: false, name: 'Basic' })).toBe(true);

    expect(plan).toMatchObject({ name: 'Basic', trialDays: 0, active: false });
    expect(plan.price.amount).toBe(1290);
    expect(plan.pullEvents().map((event) => event.payload)).toEqual([{ planId: plan.id, code: 'basic', changed: ['price', 'active'] }]);
    expect(plan.pullEvents()).toEqual([]);
  });

  it('raises nothing for terms sent as they are', () => {
    const plan = aPlan();
    plan.pullEvents();

    expect(plan.update({ name: 'Basic', price: Money.of(990, 'EUR'), trialDays: 0, active: true })).toBe(false);
    expect(plan.pullEvents()).toEqual([]);
  });

  it('refuses a change that breaks a rule and keeps its terms', () => {
    const plan = aPlan();

    expect(() => plan.update({ trialDays: 400 })).toThrow(PlanDetailsInvalid);
    expect(plan.trialDays).toBe(0);
  });

  it('is open to new subscriptions while active, and refuses them with PLAN_INACTIVE once deactivated', () => {
    const plan = aPlan();
    expect(() => plan.assertOpenForSubscriptions()).not.toThrow();

    plan.update({ active: false });

    expect(() => plan.assertOpenForSubscriptions()).toThrow(PlanInactive);
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const stored = aPlan();
    const plan = Plan.restore(stored.snapshot());
    expect(plan.snapshot()).toEqual(stored.snapshot());
    expect(plan.pullEvents()).toEqual([]);
  });
});
