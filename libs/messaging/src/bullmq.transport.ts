import { Logger } from '@nestjs/common';
import { Job, JobsOptions, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Delivery, DeliveryProcessor, describeError, dueIn, EventTransport, givesUp, TransportUnavailable } from './delivery';
import { durabilityWarnings, readRedisDurability, RedisCommands } from './redis-durability';

export interface BullMqTransportOptions {
  redisUrl: string;
  /** Jobs a context's worker holds at once (running, or waiting in EventConsumer for a transaction to take them). */
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
 * Job states a re-sent delivery must not be queued over: it will run (`delayed`: waiting for a retry or for its
 * due time), or its handler already committed (the inbox has it).
 */
const STILL_ACCOUNTED = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed']);
/** The stats and readiness ask Redis for queue depths; a Redis that answers nothing this long counts as unavailable. */
const DEPTH_TIMEOUT_MS = 1_000;

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

  private jobOptions(delivery: Delivery): JobsOptions {
    return {
      jobId: delivery.id,
      attempts: delivery.maxAttempts,
      // A scheduled delivery waits in BullMQ's delayed set until it is due.
      delay: dueIn(delivery),
      backoff: { type: 'exponential', delay: this.options.backoffMs, jitter: 0.2 },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  }

  async send(deliveries: Delivery[]): Promise<void> {
    const byContext = new Map<string, Delivery[]>();
    for (const delivery of deliveries) byContext.set(delivery.context, [...(byContext.get(delivery.context) ?? []), delivery]);
    await Promise.all(
      [...byContext].map(([context, batch]) =>
        this.queue(context).addBulk(
          batch.map((delivery) => ({ name: delivery.envelope.name, data: delivery, opts: this.jobOptions(delivery) })),
        ),
      ),
    );
  }

  /**
   * A job Redis no longer has (it lost its data) is added again under the same id. A failed job whose dead
   * letter never reached PostgreSQL is removed first, since BullMQ drops a job id it still keeps.
   */
  async redeliver(deliveries: Delivery[]): Promise<Delivery[]> {
    const states = await Promise.all(deliveries.map((delivery) => this.queue(delivery.context).getJobState(delivery.id)));
    const again = deliveries.filter((_, i) => !STILL_ACCOUNTED.has(states[i]));
    const failed = deliveries.filter((_, i) => states[i] === 'failed');
    await Promise.all(failed.map((delivery) => this.queue(delivery.context).remove(delivery.id)));
    await this.send(again);
    return again;
  }

  async connect(contexts: string[]): Promise<void> {
    await Promise.all(contexts.map((context) => this.queue(context).waitUntilReady()));
  }

  async start(contexts: string[], processor: DeliveryProcessor): Promise<void> {
    await this.connect(contexts);
    for (const context of contexts) {
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
          void processor
            .deadLetter(job.data, error, job.attemptsMade)
            .catch((failure: unknown) => this.logger.error(`could not record dead letter ${job.id}: ${describeError(failure)}`));
        }
      });
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    await this.warnIfRedisMayLoseJobs();
  }

  /** Jobs Redis loses are sent again by the redelivery sweep, but only after EVENT_REDELIVERY_AFTER_MS: say so at start. */
  private async warnIfRedisMayLoseJobs(): Promise<void> {
    const [queue] = this.queues.values();
    if (!queue) return;
    // BullMQ's adapter around the ioredis client forwards the commands it does not declare, CONFIG and INFO among them.
    const durability = await readRedisDurability((await queue.client) as unknown as RedisCommands);
    if (!durability) {
      this.logger.warn(
        'could not check Redis persistence and maxmemory-policy (CONFIG GET and INFO refused); make sure it keeps an AOF and evicts nothing',
      );
      return;
    }
    for (const warning of durabilityWarnings(durability)) this.logger.warn(warning);
  }

  /** One attempt; on the last one (or an unrecoverable error) the dead letter is written before the job fails. */
  private async process(job: Job<Delivery>, processor: DeliveryProcessor): Promise<void> {
    const delivery = job.data;
    const attempt = { number: job.attemptsMade + 1, of: job.opts.attempts ?? 1 };
    try {
      await processor.handle(delivery, attempt);
    } catch (error) {
      if (!givesUp(error, attempt.number, attempt.of)) {
        this.logger.warn(
          `${delivery.envelope.name} ${delivery.envelope.eventId} (correlation ${delivery.envelope.correlationId}) failed in ${delivery.handlerId}, attempt ${attempt.number}/${attempt.of}: ${describeError(error)}`,
        );
        throw error;
      }
      try {
        await processor.deadLetter(delivery, error, attempt.number);
      } catch (failure) {
        // Never drop it: a one-attempt copy comes back after a backoff and tries the dead letter again.
        this.logger.error(`could not record dead letter ${job.id}, trying again later: ${describeError(failure)}`);
        await this.queue(delivery.context).add(delivery.envelope.name, delivery, {
          ...this.jobOptions(delivery),
          jobId: `${delivery.id}@dead-letter-${Date.now()}`,
          attempts: 1,
          delay: this.options.backoffMs,
        });
      }
      throw new UnrecoverableError(describeError(error));
    }
  }

  /** Refused at once while a queue's connection is down, and after DEPTH_TIMEOUT_MS when Redis does not answer. */
  async depth(): Promise<Record<string, number>> {
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TransportUnavailable('redis', `no answer within ${DEPTH_TIMEOUT_MS} ms`)), DEPTH_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.countJobs(), silent]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async countJobs(): Promise<Record<string, number>> {
    const counts = await Promise.all(
      [...this.queues].map(async ([context, queue]) => {
        const { status } = await queue.client;
        if (status !== 'ready') throw new TransportUnavailable('redis', `the connection of queue ${this.queueName(context)} is ${status}`);
        const jobs = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused').catch((error: Error) => {
          throw new TransportUnavailable('redis', error.message);
        });
        return [context, Object.values(jobs).reduce((sum, n) => sum + n, 0)] as const;
      }),
    );
    return Object.fromEntries(counts);
  }

  /**
   * Lets running handlers finish (up to the timeout, then closes the workers by force), then closes every
   * connection. Each step is bounded: a close waits for Redis to acknowledge it, and a Redis that is
   * reconnecting (just restarted, or gone) never does, so past the timeout the connections are dropped.
   */
  async stop(): Promise<string[]> {
    if (!(await this.within(Promise.all(this.workers.map((worker) => worker.close()))))) {
      this.logger.warn(
        `handlers still running after ${this.options.shutdownTimeoutMs} ms; closing workers by force (their jobs will be retried)`,
      );
      if (!(await this.within(Promise.all(this.workers.map((worker) => worker.close(true)))))) {
        await Promise.all(this.workers.map((worker) => worker.disconnect()));
      }
    }
    const queues = [...this.queues.values()];
    if (!(await this.within(Promise.all(queues.map((queue) => queue.close()))))) {
      this.logger.warn(
        `Redis did not acknowledge closing the queues within ${this.options.shutdownTimeoutMs} ms; dropping their connections`,
      );
      await Promise.all(queues.map((queue) => queue.disconnect()));
    }
    return []; // what it accepted waits in Redis
  }

  /** Whether `work` settled within the shutdown timeout (a failed close counts as done: there is nothing left to wait for). */
  private async within(work: Promise<unknown>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.options.shutdownTimeoutMs)));
    try {
      return await Promise.race([
        work.then(
          () => true,
          () => true,
        ),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
