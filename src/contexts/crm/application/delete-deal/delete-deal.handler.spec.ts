import { DealDeleted } from '../../domain/events/deal-deleted.event';
import { DealClosed, DealNotFound } from '../../domain/deal/deal.errors';
import { OTHER_REP, REP, UNKNOWN, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { DeleteDeal } from './delete-deal.command';
import { DeleteDealHandler } from './delete-deal.handler';

describe('DeleteDealHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: DeleteDealHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new DeleteDealHandler(deals);
  });

  async function stored(deal = dealIn('qualified')): Promise<string> {
    await deals.save(deal);
    deals.published.length = 0;
    return deal.id;
  }

  it('soft-deletes an open deal: kept in the store, no longer found or listed, DealDeleted raised', async () => {
    const id = await stored();

    await handler.execute(new DeleteDeal(id));

    expect(deals.stored(id)?.deletedAt).toBeInstanceOf(Date);
    await expect(deals.getById(id)).rejects.toBeInstanceOf(DealNotFound);
    expect((await deals.findPage({}, 0, 10)).total).toBe(0);
    expect(deals.published).toEqual([expect.any(DealDeleted)]);
  });

  it('refuses deleting it twice with DEAL_NOT_FOUND', async () => {
    const id = await stored();
    await handler.execute(new DeleteDeal(id));

    await expect(handler.execute(new DeleteDeal(id))).rejects.toMatchObject({ code: 'DEAL_NOT_FOUND' });
    expect(deals.published).toHaveLength(1);
  });

  it('refuses deleting a lost deal with DEAL_CLOSED', async () => {
    const lost = dealIn('lead');
    lost.lose('no budget');
    const id = await stored(lost);

    await expect(handler.execute(new DeleteDeal(id))).rejects.toBeInstanceOf(DealClosed);
    expect(deals.stored(id)?.deletedAt).toBeNull();
  });

  it('refuses an unknown deal with DEAL_NOT_FOUND', async () => {
    await expect(handler.execute(new DeleteDeal(UNKNOWN))).rejects.toBeInstanceOf(DealNotFound);
  });

  it("refuses another rep's deal with DEAL_NOT_FOUND when limited to the caller's own", async () => {
    const id = await stored(dealIn('lead', OTHER_REP));

    await expect(handler.execute(new DeleteDeal(id, REP))).rejects.toBeInstanceOf(DealNotFound);
    expect(deals.stored(id)?.deletedAt).toBeNull();
  });
});
