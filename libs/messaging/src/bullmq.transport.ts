import { Logger } from '@nestjs/common';
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Delivery, DeliveryProcessor, describeError, EventTransport, givesUp } from './delivery';

export interface BullMqTransportOptions {
  redisUrl: string;
  concurrency: number;
  backoffMs: number;
  /** How long `stop()` lets running handlers finish before closing the workers by force. */
  shutdownTimeoutMs: number;
  /** Lock duration of a running job and the stalled-job check interval. */
  stalledIntervalMs: number;
  /** Stalls a job may have (worker deaths, forced closes) before BullMQ gives up on it. */
  maxStalls: number;
  /** Queue names are `<prefix>.<context>`. */
  queuePrefix: string;
}

/** Completed jobs are kept a day so a re-sent outbox row with the same job id is dropped by BullMQ. */
const KEEP_COMPLETED = { age: 24 * 60 * 60 };
/** Failed jobs (their dead letters are in PostgreSQL) are kept a week for inspection. */
const KEEP_FAILED = { age: 7 * 24 * 60 * 60 };

/**
 * One BullMQ queue and worker per subscribing context; one job per (event, handler), its id the
 * delivery id. Producers fail fast when Redis is away (the relay retries from the outbox); workers
 * wait for Redis (`maxRetriesPerRequest: null`), as BullMQ's production guide asks. A job completes
 * only after its handler's transaction commits; a job interrupted by a crash is stalled, then retried.
 */
export class BullMqTransport implements EventTransport {
  readonly name = 'bullmq';
  private readonly logger = new Logger(BullMqTransport.name);
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  constructor(private readonly options: BullMqTransportOptions) {}

  private queueName(context: string): string {
    return `${this.options.queuePrefix}.${context}`;
  }

  private queue(context: string): Queue {
    let queue = this.queues.get(context);
    if (!queue) {
      queue = new Queue(this.queueName(context), {
        connection: { url: this.options.redisUrl, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      });
      queue.on('error', (error) => this.logger.error(`queue ${this.queueName(context)}: ${error.message}`));
      this.queues.set(context, queue);
    }
    return queue;
  }

  async send(deliveries: Delivery[]): Promise<void> {
    const byContext = new Map<string, Delivery[]>();
    for (const delivery of deliveries) byContext.set(delivery.context, [...(byContext.get(delivery.context) ?? []), delivery]);
    await Promise.all(
      [...byContext].map(([context, batch]) =>
        this.queue(context).addBulk(
          batch.map((delivery) => ({
            name: delivery.envelope.name,
            data: delivery,
            opts: {
              jobId: delivery.id,
              attempts: delivery.maxAttempts,
              backoff: { type: 'exponential', delay: this.options.backoffMs, jitter: 0.2 },
              removeOnComplete: KEEP_COMPLETED,
              removeOnFail: KEEP_FAILED,
            },
          })),
        ),
      ),
    );
  }

  async start(contexts: string[], processor: DeliveryProcessor): Promise<void> {
    for (const context of contexts) {
      const queue = this.queue(context);
      const worker = new Worker<Delivery>(this.queueName(context), (job) => this.process(job, processor), {
        connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
        concurrency: this.options.concurrency,
        lockDuration: this.options.stalledIntervalMs,
        stalledInterval: this.options.stalledIntervalMs,
        // A job stalls when its worker dies or is closed by force; past this many stalls BullMQ fails it.
        maxStalledCount: this.options.maxStalls,
      });
      worker.on('error', (error) => this.logger.error(`worker ${this.queueName(context)}: ${error.message}`));
      // BullMQ fails a job that stalled too often without calling the processor: make it a dead letter too.
      worker.on('failed', (job, error) => {
        if (job && /stalled more than allowable limit/.test(error.message)) {
          void processor.deadLetter(job.data, error, job.attemptsMade).catch((failure: unknown) => this.logger.error(`could not record dead letter ${job.id}: ${describeError(failure)}`));
        }
      });
      this.workers.push(worker);
      await queue.waitUntilReady();
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  /** One attempt; on the last one (or an unrecoverable error) the dead letter is written before the job fails. */
  private async process(job: Job<Delivery>, processor: DeliveryProcessor): Promise<void> {
    const delivery = job.data;
    try {
      await processor.handle(delivery);
    } catch (error) {
      const attempt = job.attemptsMade + 1;
      if (!givesUp(error, attempt, job.opts.attempts ?? 1)) {
        this.logger.warn(
          `${delivery.envelope.name} ${delivery.envelope.eventId} (correlation ${delivery.envelope.correlationId}) failed in ${delivery.handlerId}, attempt ${attempt}/${job.opts.attempts}: ${describeError(error)}`,
        );
        throw error;
      }
      try {
        await processor.deadLetter(delivery, error, attempt);
      } catch (failure) {
        // Never drop it: a one-attempt copy comes back after a backoff and tries the dead letter again.
        this.logger.error(`could not record dead letter ${job.id}, trying again later: ${describeError(failure)}`);
        await this.queue(delivery.context).add(delivery.envelope.name, delivery, {
          jobId: `${delivery.id}@dead-letter-${Date.now()}`,
          attempts: 1,
          delay: this.options.backoffMs,
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        });
      }
      throw new UnrecoverableError(describeError(error));
    }
  }

  async depth(): Promise<Record<string, number>> {
    const counts = await Promise.all(
      [...this.queues].map(async ([context, queue]) => {
        const jobs = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused');
        return [context, Object.values(jobs).reduce((sum, n) => sum + n, 0)] as const;
      }),
    );
    return Object.fromEntries(counts);
  }

  /** Lets running handlers finish (up to the timeout, then closes by force), then closes every connection. */
  async stop(): Promise<string[]> {
    const graceful = Promise.all(this.workers.map((worker) => worker.close()));
    const timedOut = await Promise.race([
      graceful.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), this.options.shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) {
      this.logger.warn(`handlers still running after ${this.options.shutdownTimeoutMs} ms; closing workers by force (their jobs will be retried)`);
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    return []; // what it accepted waits in Redis
  }
}
