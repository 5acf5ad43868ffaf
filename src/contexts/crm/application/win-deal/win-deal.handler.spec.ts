import { DealWon } from '../../domain/events/deal-won.event';
import { DealClosed, DealNotFound, DealNotInNegotiation } from '../../domain/deal/deal.errors';
import { CUSTOMER, OTHER_REP, REP, UNKNOWN, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { WinDeal } from './win-deal.command';
import { WinDealHandler } from './win-deal.handler';

describe('WinDealHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: WinDealHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new WinDealHandler(deals);
  });

  async function stored(deal = dealIn('negotiation')): Promise<string> {
    await deals.save(deal);
    deals.published.length = 0;
    return deal.id;
  }

  it('wins a deal in negotiation and raises DealWon with its value and owner', async () => {
    const id = await stored();

    await handler.execute(new WinDeal(id));

    const deal = await deals.getById(id);
    expect(deal).toMatchObject({ stage: 'closed_won', probability: 100, version: 2 });
    expect(deal.closedAt).toBeInstanceOf(Date);
    expect(deals.published).toEqual([expect.any(DealWon)]);
    expect((deals.published[0] as DealWon).payload).toMatchObject({
      dealId: id,
      customerId: CUSTOMER,
      ownerId: REP,
      value: { amount: 250_000, currency: 'EUR' },
    });
  });

  it('refuses winning from proposal with DEAL_NOT_IN_NEGOTIATION and saves nothing', async () => {
    const id = await stored(dealIn('proposal'));

    const attempt = handler.execute(new WinDeal(id));

    await expect(attempt).rejects.toBeInstanceOf(DealNotInNegotiation);
    await expect(attempt).rejects.toMatchObject({ code: 'DEAL_NOT_IN_NEGOTIATION', kind: 'conflict' });
    expect(await deals.getById(id)).toMatchObject({ stage: 'proposal', version: 1 });
    expect(deals.published).toEqual([]);
  });

  it('refuses winning twice with DEAL_CLOSED and raises no second DealWon', async () => {
    const id = await stored();
    await handler.execute(new WinDeal(id));

    await expect(handler.execute(new WinDeal(id))).rejects.toBeInstanceOf(DealClosed);
    expect(deals.published).toHaveLength(1);
  });

  it('refuses an unknown deal with DEAL_NOT_FOUND and raises nothing', async () => {
    await expect(handler.execute(new WinDeal(UNKNOWN))).rejects.toMatchObject({ code: 'DEAL_NOT_FOUND' });
    expect(deals.published).toEqual([]);
  });

  it("refuses another rep's deal with DEAL_NOT_FOUND when limited to the caller's own", async () => {
    const id = await stored(dealIn('negotiation', OTHER_REP));

    await expect(handler.execute(new WinDeal(id, REP))).rejects.toBeInstanceOf(DealNotFound);
    expect((await deals.getById(id)).stage).toBe('negotiation');
  });

  it("wins the caller's own deal when limited to it", async () => {
    const id = await stored();
    await handler.execute(new WinDeal(id, REP));
    expect((await deals.getById(id)).stage).toBe('closed_won');
  });
});
