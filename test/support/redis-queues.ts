import { Queue } from 'bullmq';
import Redis from 'ioredis';

/**
 * Removes every BullMQ queue of a test run's prefix (one per subscribing context, whichever contexts
 * exist), so Redis does not keep their jobs (BullMQ keeps completed ones a day).
 */
export async function removeQueues(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  const names = new Set<string>();
  try {
    for await (const keys of redis.scanStream({ match: `bull:${prefix}.*`, count: 500 }) as AsyncIterable<string[]>) {
      for (const key of keys) names.add(key.slice('bull:'.length).split(':')[0]);
    }
  } finally {
    redis.disconnect();
  }
  for (const name of names) {
    const queue = new Queue(name, { connection: { url: redisUrl } });
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
