import { Queue } from 'bullmq';

/** Removes a test run's BullMQ queues, so Redis does not keep their jobs (BullMQ keeps completed ones a day). */
export async function removeQueues(redisUrl: string, prefix: string, contexts: string[]): Promise<void> {
  for (const context of contexts) {
    const queue = new Queue(`${prefix}.${context}`, { connection: { url: redisUrl } });
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
