import { describeAggregateRepositoryContract, Money, newId, OpenedRepository } from '@promenade/ddd';
import { Plan, PlanState } from '../../domain/plan/plan.aggregate';
import { PlanCodeTaken, PlanNotFound } from '../../domain/plan/plan.errors';
import { PlanRepository } from '../../domain/plan/plan.repository';
import { aPlan } from './plan-fixtures';

const codes = (page: { items: Plan[] }) => page.items.map((plan) => plan.code);

/** What every PlanRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describePlanRepositoryContract(open: () => Promise<OpenedRepository<PlanRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Plan, PlanState, PlanRepository>({
    open,
    create: () => aPlan(`plan-${newId().slice(-12)}`),
    restore: Plan.restore,
    load: (plans, id) => plans.getById(id),
    change: (plan) => plan.update({ name: 'Renamed plan' }),
  });

  it('answers PlanNotFound for an id or a code it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(PlanNotFound);
    await expect(current().repository.getByCode('nope')).rejects.toBeInstanceOf(PlanNotFound);
  });

  it('stores every term as given and gives it back by code', async () => {
    const { repository: plans } = current();
    const plan = aPlan('pro-yearly', { name: 'Pro', price: Money.of(9_007_199_254_740_991, 'JPY'), interval: 'year', trialDays: 30 });
    plan.update({ active: false });
    await plans.save(plan);

    const stored = await plans.getByCode('pro-yearly');
    expect(stored).toMatchObject({ id: plan.id, code: 'pro-yearly', name: 'Pro', interval: 'year', trialDays: 30, active: false });
    expect(stored.price.toJSON()).toEqual({ amount: 9_007_199_254_740_991, currency: 'JPY' });
  });

  it('refuses a second plan with a code taken, with PlanCodeTaken', async () => {
    const { repository: plans } = current();
    await plans.save(aPlan('basic'));

    await expect(plans.save(aPlan('basic'))).rejects.toBeInstanceOf(PlanCodeTaken);
  });

  it('pages the plans that match the filter, by code, with the number of matches', async () => {
    const { repository: plans } = current();
    const retired = aPlan('b-retired');
    retired.update({ active: false });
    for (const plan of [aPlan('c-team'), retired, aPlan('a-solo')]) await plans.save(plan);

    expect(codes(await plans.findPage({}, 0, 10))).toEqual(['a-solo', 'b-retired', 'c-team']);
    expect(await plans.findPage({}, 1, 1)).toMatchObject({ total: 3, items: [{ code: 'b-retired' }] });
    expect(codes(await plans.findPage({ active: true }, 0, 10))).toEqual(['a-solo', 'c-team']);
    expect(codes(await plans.findPage({ active: false }, 0, 10))).toEqual(['b-retired']);
  });
}
