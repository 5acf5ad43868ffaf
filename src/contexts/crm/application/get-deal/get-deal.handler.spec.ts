import { Deal } from '../../domain/deal/deal.aggregate';
import { DealNotFound } from '../../domain/deal/deal.errors';
import { OTHER_REP, REP, UNKNOWN, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { GetDeal } from './get-deal.query';
import { GetDealHandler } from './get-deal.handler';

describe('GetDealHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: GetDealHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new GetDealHandler(deals);
  });

  it('answers the stored deal', async () => {
    const stored = dealIn('proposal');
    await deals.save(stored);

    const deal = await handler.execute(new GetDeal(stored.id));

    expect(deal).toBeInstanceOf(Deal);
    expect(deal).toMatchObject({ id: stored.id, stage: 'proposal', ownerId: REP, version: 1 });
  });

  it('refuses an unknown id with DEAL_NOT_FOUND', async () => {
    await expect(handler.execute(new GetDeal(UNKNOWN))).rejects.toMatchObject({ code: 'DEAL_NOT_FOUND', kind: 'not_found' });
  });

  it("refuses another rep's deal with DEAL_NOT_FOUND, exactly as if it did not exist", async () => {
    const theirs = dealIn('lead', OTHER_REP);
    await deals.save(theirs);

    const attempt = handler.execute(new GetDeal(theirs.id, REP));

    await expect(attempt).rejects.toBeInstanceOf(DealNotFound);
    await expect(attempt).rejects.toMatchObject({ message: `deal ${theirs.id} does not exist` });
  });

  it("answers anybody's deal when the caller is not limited to their own", async () => {
    const theirs = dealIn('lead', OTHER_REP);
    await deals.save(theirs);

    await expect(handler.execute(new GetDeal(theirs.id, undefined))).resolves.toMatchObject({ ownerId: OTHER_REP });
  });
});
