import { DealStageChanged } from '../../domain/events/deal-stage-changed.event';
import { DealClosed, DealInvalidTransition, DealNotFound } from '../../domain/deal/deal.errors';
import { OTHER_REP, REP, UNKNOWN, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { MoveDealStage } from './move-deal-stage.command';
import { MoveDealStageHandler } from './move-deal-stage.handler';

describe('MoveDealStageHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: MoveDealStageHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new MoveDealStageHandler(deals);
  });

  async function stored(deal = dealIn('qualified')): Promise<string> {
    await deals.save(deal);
    deals.published.length = 0;
    return deal.id;
  }

  it('moves one stage forward, resets the probability and raises DealStageChanged', async () => {
    const id = await stored();

    await handler.execute(new MoveDealStage(id, 'proposal'));

    expect(await deals.getById(id)).toMatchObject({ stage: 'proposal', probability: 50, version: 2 });
    expect(deals.published).toEqual([expect.any(DealStageChanged)]);
    expect((deals.published[0] as DealStageChanged).payload).toMatchObject({ from: 'qualified', to: 'proposal', probability: 50 });
  });

  it('moves one stage back', async () => {
    const id = await stored();
    await handler.execute(new MoveDealStage(id, 'lead'));
    expect(await deals.getById(id)).toMatchObject({ stage: 'lead', probability: 10 });
  });

  it('refuses skipping a stage with DEAL_INVALID_TRANSITION and saves nothing', async () => {
    const id = await stored();

    const attempt = handler.execute(new MoveDealStage(id, 'negotiation'));

    await expect(attempt).rejects.toBeInstanceOf(DealInvalidTransition);
    await expect(attempt).rejects.toMatchObject({ code: 'DEAL_INVALID_TRANSITION', kind: 'conflict' });
    expect(await deals.getById(id)).toMatchObject({ stage: 'qualified', version: 1 });
    expect(deals.published).toEqual([]);
  });

  it('refuses moving a won deal with DEAL_CLOSED', async () => {
    const won = dealIn('negotiation');
    won.win();
    const id = await stored(won);

    await expect(handler.execute(new MoveDealStage(id, 'proposal'))).rejects.toBeInstanceOf(DealClosed);
  });

  it('refuses an unknown deal with DEAL_NOT_FOUND', async () => {
    await expect(handler.execute(new MoveDealStage(UNKNOWN, 'qualified'))).rejects.toBeInstanceOf(DealNotFound);
  });

  it("refuses another rep's deal with DEAL_NOT_FOUND when limited to the caller's own", async () => {
    const id = await stored(dealIn('lead', OTHER_REP));

    await expect(handler.execute(new MoveDealStage(id, 'qualified', REP))).rejects.toBeInstanceOf(DealNotFound);
    expect((await deals.getById(id)).stage).toBe('lead');
  });
});
