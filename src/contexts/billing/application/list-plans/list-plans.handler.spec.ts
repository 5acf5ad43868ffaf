import { InMemoryPlanRepository } from '../testing/in-memory-plan.repository';
import { aPlan } from '../testing/plan-fixtures';
import { ListPlans } from './list-plans.query';
import { ListPlansHandler } from './list-plans.handler';

describe('ListPlansHandler', () => {
  let plans: InMemoryPlanRepository;
  let handler: ListPlansHandler;

  beforeEach(async () => {
    plans = new InMemoryPlanRepository();
    handler = new ListPlansHandler(plans);
    for (const code of ['e-5', 'a-1', 'd-4', 'b-2', 'c-3']) await plans.save(aPlan(code));
  });

  it('answers the requested page, by code, with the total count', async () => {
    const page = await handler.execute(new ListPlans({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((plan) => plan.code)).toEqual(['c-3', 'd-4']);
  });

  it('turns the page number into an offset for the repository, with the filter as given', async () => {
    const findPage = jest.spyOn(plans, 'findPage');

    await handler.execute(new ListPlans({ active: true }, 3, 10));

    expect(findPage).toHaveBeenCalledWith({ active: true }, 20, 10);
  });
});
