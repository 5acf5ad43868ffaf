import { ThrottlerStorage } from '@nestjs/throttler';
import { ResilientThrottlerStorage } from './resilient-throttler.storage';

describe('ResilientThrottlerStorage', () => {
  const record = { totalHits: 7, timeToExpire: 30, isBlocked: false, timeToBlockExpire: 0 };

  it('answers from the shared storage while it works', async () => {
    const shared: ThrottlerStorage = { increment: jest.fn().mockResolvedValue(record) };
    await expect(new ResilientThrottlerStorage(shared).increment('k', 60_000, 5, 60_000, 'login')).resolves.toEqual(record);
  });

  it('counts in memory while the shared storage fails, so the limit still holds per instance', async () => {
    const shared: ThrottlerStorage = { increment: jest.fn().mockRejectedValue(new Error('connect ECONNREFUSED')) };
    const storage = new ResilientThrottlerStorage(shared);
    const hits = [];
    for (let i = 0; i < 6; i++) hits.push(await storage.increment('k', 60_000, 5, 60_000, 'login'));
    expect(hits.map((hit) => hit.totalHits)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hits.map((hit) => hit.isBlocked)).toEqual([false, false, false, false, false, true]);
  });
});
