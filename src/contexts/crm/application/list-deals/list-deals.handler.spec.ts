import { OTHER_REP, REP, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { OpenDealStage } from '../../domain/deal/deal-stage';
import { ListDeals } from './list-deals.query';
import { ListDealsHandler } from './list-deals.handler';

describe('ListDealsHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: ListDealsHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new ListDealsHandler(deals);
  });

  async function stored(ownerId = REP, stage: OpenDealStage = 'lead'): Promise<string> {
    const deal = dealIn(stage, ownerId);
    await deals.save(deal);
    return deal.id;
  }

  it('answers the requested page, newest first, with the real total', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await stored());
    const newestFirst = [...ids].sort().reverse();

    const page = await handler.execute(new ListDeals({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((d) => d.id)).toEqual(newestFirst.slice(2, 4));
  });

  it('filters on stage and owner', async () => {
    const wanted = await stored(REP, 'proposal');
    await stored(REP, 'lead');
    await stored(OTHER_REP, 'proposal');

    const page = await handler.execute(new ListDeals({ stage: 'proposal', ownerId: REP }, 1, 10));

    expect(page.items.map((d) => d.id)).toEqual([wanted]);
    expect(page.total).toBe(1);
  });

  it('limits a rep to their own deals, whatever owner the filter names', async () => {
    const mine = await stored(REP);
    await stored(OTHER_REP);

    const page = await handler.execute(new ListDeals({ ownerId: OTHER_REP }, 1, 10, REP));

    expect(page.items.map((d) => d.id)).toEqual([mine]);
    expect(page.total).toBe(1);
  });

  it("lists everybody's deals when the caller is not limited", async () => {
    await stored(REP);
    await stored(OTHER_REP);

    expect((await handler.execute(new ListDeals({}, 1, 10))).total).toBe(2);
  });

  it('leaves deleted deals out', async () => {
    const gone = dealIn('lead');
    gone.delete();
    await deals.save(gone);
    const kept = await stored();

    const page = await handler.execute(new ListDeals({}, 1, 10));

    expect(page.items.map((d) => d.id)).toEqual([kept]);
    expect(page.total).toBe(1);
  });
});
