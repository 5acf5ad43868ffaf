import { DealWon } from '../../contracts/deal-won.event';
import { Deal } from '../../domain/deal.aggregate';
import { DealNotFound } from '../../domain/deal.errors';
import { DealRepository } from '../../domain/deal.repository';
import { WinDeal } from './win-deal.command';
import { WinDealHandler } from './win-deal.handler';

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

describe('WinDealHandler', () => {
  const stored = () => Deal.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the deal with DealWon raised', async () => {
    const deal = stored();
    const repository = inMemory(deal);
    await new WinDealHandler(repository).execute(new WinDeal(deal.id));
    expect(repository.saved).toEqual([deal]);
    const [event] = deal.pullEvents();
    expect(event).toBeInstanceOf(DealWon);
    expect(event.metadata.aggregateId).toBe(deal.id);
  });

  it('refuses an unknown id with DEAL_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new WinDealHandler(repository).execute(new WinDeal('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'DEAL_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
