import { DealCreated } from '../../contracts/deal-created.event';
import { Deal } from '../../domain/deal.aggregate';
import { DealNotFound } from '../../domain/deal.errors';
import { DealRepository } from '../../domain/deal.repository';
import { CreateDeal } from './create-deal.command';
import { CreateDealHandler } from './create-deal.handler';

function inMemory(...stored: Deal[]): DealRepository & { saved: Deal[] } {
  const saved: Deal[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((deal) => deal.id === id);
      if (!found) throw new DealNotFound(id);
      return found;
    },
    save: async (deal) => void saved.push(deal),
  };
}

describe('CreateDealHandler', () => {
  it('saves a new deal that raised DealCreated, and answers its id', async () => {
    const repository = inMemory();
    const id = await new CreateDealHandler(repository).execute(new CreateDeal());
    expect(repository.saved.map((deal) => deal.id)).toEqual([id]);
    expect(repository.saved[0].pullEvents()).toEqual([expect.any(DealCreated)]);
  });
});
