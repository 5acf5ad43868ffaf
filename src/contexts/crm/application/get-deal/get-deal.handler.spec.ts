import { Deal } from '../../domain/deal.aggregate';
import { DealNotFound } from '../../domain/deal.errors';
import { DealRepository } from '../../domain/deal.repository';
import { GetDeal } from './get-deal.query';
import { GetDealHandler } from './get-deal.handler';

describe('GetDealHandler', () => {
  const stored = Deal.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: DealRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new DealNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetDealHandler(repository);

  it('answers the stored deal', async () => {
    await expect(handler.execute(new GetDeal(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with DEAL_NOT_FOUND', async () => {
    await expect(handler.execute(new GetDeal('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'DEAL_NOT_FOUND' });
  });
});
