import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { RedisConnection } from '@promenade/platform';
import Redis from 'ioredis';
import { ResilientThrottlerStorage } from './resilient-throttler.storage';

describe('ResilientThrottlerStorage', () => {
  const record = { totalHits: 7, timeToExpire: 30, isBlocked: false, timeToBlockExpire: 0 };
  const connection = (status: string) => new RedisConnection(Object.assign(new EventEmitter(), { status }) as unknown as Redis);
  const sixHits = async (storage: ResilientThrottlerStorage) => {
    const hits = [];
    for (let i = 0; i < 6; i++) hits.push(await storage.increment('k', 60_000, 5, 60_000, 'login'));
    return hits;
  };

  afterEach(() => jest.restoreAllMocks());

  it('answers from the shared storage while Redis is available', async () => {
    const shared: ThrottlerStorage = { increment: jest.fn().mockResolvedValue(record) };
    await expect(new ResilientThrottlerStorage(shared, connection('ready')).increment('k', 60_000, 5, 60_000, 'login')).resolves.toEqual(
      record,
    );
  });

  it('counts in memory while Redis is down, without asking the shared storage, so the limit still holds per instance', async () => {
    const shared: ThrottlerStorage = { increment: jest.fn() };
    const hits = await sixHits(new ResilientThrottlerStorage(shared, connection('reconnecting')));
    expect(hits.map((hit) => hit.totalHits)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hits.map((hit) => hit.isBlocked)).toEqual([false, false, false, false, false, true]);
    expect(shared.increment).not.toHaveBeenCalled();
  });

  it('counts in memory when a count fails on a live connection (a timeout)', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const shared: ThrottlerStorage = { increment: jest.fn().mockRejectedValue(new Error('Command timed out')) };
    const hits = await sixHits(new ResilientThrottlerStorage(shared, connection('ready')));
    expect(hits.map((hit) => hit.isBlocked)).toEqual([false, false, false, false, false, true]);
  });
});
