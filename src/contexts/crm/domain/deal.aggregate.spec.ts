import { DealCreated } from '../contracts/deal-created.event';
import { Deal } from './deal.aggregate';

describe('Deal', () => {
  it('is created with a new id and raises DealCreated', () => {
    const deal = Deal.create(new Date('2026-01-01T00:00:00Z'));
    expect(deal.isNew).toBe(true);
    const [event] = deal.pullEvents();
    expect(event).toBeInstanceOf(DealCreated);
    expect(event.eventName).toBe('crm.deal-created');
    expect((event as DealCreated).payload).toEqual({ dealId: deal.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const deal = Deal.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(deal.version).toBe(3);
    expect(deal.pullEvents()).toEqual([]);
  });
});
