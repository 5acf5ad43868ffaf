import { DealUpdated } from '../../domain/events/deal-updated.event';
import { DealCloseDateInPast, DealClosed, DealNotFound, DealProbabilityInvalid } from '../../domain/deal/deal.errors';
import { OTHER_REP, REP, UNKNOWN, dealIn } from '../testing/deal-fixtures';
import { InMemoryDealRepository } from '../testing/in-memory-deal.repository';
import { UpdateDeal } from './update-deal.command';
import { UpdateDealHandler } from './update-deal.handler';

describe('UpdateDealHandler', () => {
  let deals: InMemoryDealRepository;
  let handler: UpdateDealHandler;

  beforeEach(() => {
    deals = new InMemoryDealRepository();
    handler = new UpdateDealHandler(deals);
  });

  async function stored(deal = dealIn('proposal')): Promise<string> {
    await deals.save(deal);
    deals.published.length = 0;
    return deal.id;
  }

  it('revises the fields given, keeps the others, and raises DealUpdated', async () => {
    const id = await stored();

    await handler.execute(new UpdateDeal(id, { name: 'ACME renewal 2027', value: { amount: 300_000, currency: 'EUR' }, probability: 60 }));

    const deal = await deals.getById(id);
    expect(deal).toMatchObject({
      name: 'ACME renewal 2027',
      probability: 60,
      stage: 'proposal',
      source: 'referral',
      ownerId: REP,
      version: 2,
    });
    expect(deal.value.toJSON()).toEqual({ amount: 300_000, currency: 'EUR' });
    expect(deals.published).toEqual([expect.any(DealUpdated)]);
  });

  it('hands the deal to another rep', async () => {
    const id = await stored();

    await handler.execute(new UpdateDeal(id, { ownerId: OTHER_REP }));

    expect((await deals.getById(id)).ownerId).toBe(OTHER_REP);
  });

  it('refuses a probability out of range with DEAL_PROBABILITY_INVALID and leaves the deal as it was', async () => {
    const id = await stored();

    await expect(handler.execute(new UpdateDeal(id, { probability: -1 }))).rejects.toBeInstanceOf(DealProbabilityInvalid);
    expect(await deals.getById(id)).toMatchObject({ probability: 50, version: 1 });
  });

  it('refuses a new expected close date in the past with DEAL_CLOSE_DATE_IN_PAST', async () => {
    const id = await stored();
    await expect(handler.execute(new UpdateDeal(id, { expectedCloseDate: '2020-01-01' }))).rejects.toBeInstanceOf(DealCloseDateInPast);
  });

  it('refuses to change a closed deal with DEAL_CLOSED', async () => {
    const won = dealIn('negotiation');
    won.win();
    const id = await stored(won);

    const attempt = handler.execute(new UpdateDeal(id, { probability: 90 }));

    await expect(attempt).rejects.toBeInstanceOf(DealClosed);
    await expect(attempt).rejects.toMatchObject({ code: 'DEAL_CLOSED', kind: 'conflict' });
    expect(await deals.getById(id)).toMatchObject({ probability: 100, version: 1 });
    expect(deals.published).toEqual([]);
  });

  it('refuses an unknown deal with DEAL_NOT_FOUND', async () => {
    await expect(handler.execute(new UpdateDeal(UNKNOWN, { name: 'x' }))).rejects.toMatchObject({ code: 'DEAL_NOT_FOUND' });
  });

  it("refuses another rep's deal with DEAL_NOT_FOUND when limited to the caller's own, and leaves it as it was", async () => {
    const id = await stored(dealIn('lead', OTHER_REP));

    const attempt = handler.execute(new UpdateDeal(id, { name: 'Not mine' }, REP));

    await expect(attempt).rejects.toBeInstanceOf(DealNotFound);
    await expect(attempt).rejects.toMatchObject({ message: `deal ${id} does not exist` });
    expect(await deals.getById(id)).toMatchObject({ name: 'ACME renewal', version: 1 });
  });

  it("revises the caller's own deal when limited to it", async () => {
    const id = await stored();
    await handler.execute(new UpdateDeal(id, { name: 'Mine' }, REP));
    expect((await deals.getById(id)).name).toBe('Mine');
  });
});
