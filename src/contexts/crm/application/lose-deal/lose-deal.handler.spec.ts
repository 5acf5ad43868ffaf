import { DealLost } from '../../domain/events/deal-lost.event';
import { DealClosed, DealLossReasonRequired, DealNotFound } from '../../domain/deal/deal.errors';
import { OTHER_REP, REP, UNKNOWN, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { LoseDeal } from './lose-deal.command';
import { LoseDealHandler } from './lose-deal.handler';

describe('LoseDealHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: LoseDealHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new LoseDealHandler(deals);
  });

  async function stored(deal = dealIn('proposal')): Promise<string> {
    await deals.save(deal);
    deals.published.length = 0;
    return deal.id;
  }

  it('loses an open deal with its reason and raises DealLost', async () => {
    const id = await stored();

    await handler.execute(new LoseDeal(id, ' chose a competitor '));

    expect(await deals.getById(id)).toMatchObject({ stage: 'closed_lost', probability: 0, lostReason: 'chose a competitor', version: 2 });
    expect(deals.published).toEqual([expect.any(DealLost)]);
    expect((deals.published[0] as DealLost).payload).toMatchObject({ dealId: id, fromStage: 'proposal', reason: 'chose a competitor' });
  });

  it('refuses a blank reason with DEAL_LOSS_REASON_REQUIRED and leaves the deal open', async () => {
    const id = await stored();

    const attempt = handler.execute(new LoseDeal(id, '  '));

    await expect(attempt).rejects.toBeInstanceOf(DealLossReasonRequired);
    await expect(attempt).rejects.toMatchObject({ code: 'DEAL_LOSS_REASON_REQUIRED', kind: 'invalid' });
    expect(await deals.getById(id)).toMatchObject({ stage: 'proposal', version: 1 });
    expect(deals.published).toEqual([]);
  });

  it('refuses losing a won deal with DEAL_CLOSED', async () => {
    const won = dealIn('negotiation');
    won.win();
    const id = await stored(won);

    await expect(handler.execute(new LoseDeal(id, 'changed our minds'))).rejects.toBeInstanceOf(DealClosed);
    expect((await deals.getById(id)).stage).toBe('closed_won');
  });

  it('refuses an unknown deal with DEAL_NOT_FOUND', async () => {
    await expect(handler.execute(new LoseDeal(UNKNOWN, 'gone'))).rejects.toBeInstanceOf(DealNotFound);
  });

  it("refuses another rep's deal with DEAL_NOT_FOUND when limited to the caller's own", async () => {
    const id = await stored(dealIn('lead', OTHER_REP));

    await expect(handler.execute(new LoseDeal(id, 'not mine', REP))).rejects.toBeInstanceOf(DealNotFound);
    expect((await deals.getById(id)).stage).toBe('lead');
  });
});
