import { Logger } from '@nestjs/common';
import { Delivery, DeliveryProcessor, EventTransport, retryDelay, UnrecoverableEventError } from './delivery';

interface Job {
  delivery: Delivery;
  attempt: number;
}

/** FIFO with O(1) take: `Array.shift` is O(n), which turns a burst of n deliveries into O(n²). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  take(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head++];
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

interface ContextQueue {
  waiting: Fifo<Job>;
  running: number;
}

export interface MemoryTransportOptions {
  concurrency: number;
  backoffMs: number;
  /** How long `stop()` waits for running handlers. */
  shutdownTimeoutMs: number;
}

/**
 * In-process queues, one per context, with the same contract as BullMQ: bounded concurrency, each
 * handler awaited, retries with exponential backoff and jitter, dead letters. Its queues live in
 * memory: deliveries accepted but not yet handled are lost if the process dies (the outbox row is
 * already marked sent), which is the price of needing nothing installed.
 */
export class MemoryTransport implements EventTransport {
  readonly name = 'memory';
  private readonly logger = new Logger(MemoryTransport.name);
  private readonly queues = new Map<string, ContextQueue>();
  private readonly retries = new Set<NodeJS.Timeout>();
  private readonly idle = new Set<() => void>();
  private processor: DeliveryProcessor | undefined;
  private stopping = false;

  constructor(private readonly options: MemoryTransportOptions) {}

  async start(contexts: string[], processor: DeliveryProcessor): Promise<void> {
    this.processor = processor;
    for (const context of contexts) this.queue(context);
  }

  async send(deliveries: Delivery[]): Promise<void> {
    for (const delivery of deliveries) this.enqueue({ delivery, attempt: 1 });
  }

  async depth(): Promise<Record<string, number>> {
    return Object.fromEntries([...this.queues].map(([context, queue]) => [context, queue.waiting.length + queue.running]));
  }

  /** Takes no new attempt, drops scheduled retries, and waits for running attempts to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    if ([...this.queues.values()].every((queue) => queue.running === 0)) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.logger.warn(`handlers still running after ${this.options.shutdownTimeoutMs} ms; stopping without them`);
        resolve();
      }, this.options.shutdownTimeoutMs);
      timer.unref();
      this.idle.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private queue(context: string): ContextQueue {
    let queue = this.queues.get(context);
    if (!queue) this.queues.set(context, (queue = { waiting: new Fifo<Job>(), running: 0 }));
    return queue;
  }

  private enqueue(job: Job): void {
    if (this.stopping) return;
    this.queue(job.delivery.context).waiting.push(job);
    this.pump(job.delivery.context);
  }

  private pump(context: string): void {
    const queue = this.queue(context);
    while (this.processor && !this.stopping && queue.running < this.options.concurrency && queue.waiting.length > 0) {
      const job = queue.waiting.take()!;
      queue.running++;
      void this.attempt(job).finally(() => {
        queue.running--;
        if ([...this.queues.values()].every((q) => q.running === 0)) this.idle.forEach((resolve) => resolve());
        this.pump(context);
      });
    }
  }

  private async attempt(job: Job): Promise<void> {
    const processor = this.processor!;
    try {
      await processor.handle(job.delivery);
    } catch (error) {
      const { delivery, attempt } = job;
      if (error instanceof UnrecoverableEventError || attempt >= delivery.maxAttempts) {
        await processor.deadLetter(delivery, error, attempt).catch((failure: Error) => this.logger.error(`could not record dead letter ${delivery.id}: ${failure.message}`));
        return;
      }
      const delay = retryDelay(attempt, this.options.backoffMs);
      this.logger.warn(`${delivery.id} failed (attempt ${attempt}/${delivery.maxAttempts}), retrying in ${delay} ms: ${(error as Error).message}`);
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        this.enqueue({ delivery, attempt: attempt + 1 });
      }, delay);
      this.retries.add(timer);
    }
  }
}
