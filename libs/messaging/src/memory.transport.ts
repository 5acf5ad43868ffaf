import { Logger } from '@nestjs/common';
import { Delivery, DeliveryProcessor, describeError, dueIn, EventTransport, givesUp, retryDelay } from './delivery';

/** The longest delay Node's timers keep (2³¹ − 1 ms, about 24.8 days); a longer one would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

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

  *values(): IterableIterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
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
  /** The jobs being attempted now: at most `concurrency`, so a plain array. */
  running: Job[];
}

export interface MemoryTransportOptions {
  /** Deliveries a context's queue hands to the processor at once. */
  concurrency: number;
  backoffMs: number;
  /** How long `stop()` waits for running handlers. */
  shutdownTimeoutMs: number;
}

/**
 * In-process queues, one per context, with the same contract as BullMQ: bounded concurrency, each
 * handler awaited, retries with exponential backoff and jitter, dead letters, a scheduled delivery held
 * by a timer until it is due. Its queues live in memory: a graceful stop hands back what was not handled,
 * scheduled deliveries included (the relay sends them again, with what remains of their delay); deliveries
 * accepted and not yet handled when the process dies are lost with it, and the redelivery sweep sends them again.
 */
export class MemoryTransport implements EventTransport {
  readonly name = 'memory';
  private readonly logger = new Logger(MemoryTransport.name);
  private readonly queues = new Map<string, ContextQueue>();
  /** Jobs waiting for a timer: a retry's backoff, or a scheduled delivery's due time. */
  private readonly timers = new Map<NodeJS.Timeout, Job>();
  /** Jobs a stop interrupted; `stop()` reports their events. */
  private readonly leftover: Job[] = [];
  private readonly idle = new Set<() => void>();
  private processor: DeliveryProcessor | undefined;
  private stopping = false;

  constructor(private readonly options: MemoryTransportOptions) {}

  async connect(contexts: string[]): Promise<void> {
    for (const context of contexts) this.queue(context);
  }

  async start(contexts: string[], processor: DeliveryProcessor): Promise<void> {
    this.processor = processor;
    for (const context of contexts) this.pump(context);
  }

  async send(deliveries: Delivery[]): Promise<void> {
    this.accept(deliveries, this.heldIds(false));
  }

  async redeliver(deliveries: Delivery[]): Promise<Delivery[]> {
    return this.accept(deliveries, this.heldIds(true));
  }

  /** Queues each delivery `held` does not name; answers those it queued. A copy of a held one is dropped, as BullMQ drops a known job id. */
  private accept(deliveries: Delivery[], held: ReadonlySet<string>): Delivery[] {
    const accepted: Delivery[] = [];
    for (const delivery of deliveries) {
      if (held.has(delivery.id)) continue;
      accepted.push(delivery);
      this.whenDue({ delivery, attempt: 1 });
    }
    return accepted;
  }

  /**
   * The deliveries held: running, and waiting for a retry or their due time; with `waiting`, also those queued. A send
   * checks the first only: the relay sends a row again only when its commit failed after the send, and the inbox then
   * skips the queued copy's handler. The redelivery sweep, which runs rarely and often meets a backlog, scans the queues
   * too. A set of every queued id, kept as they come and go, halved the transport's throughput in a burst.
   */
  private heldIds(waiting: boolean): Set<string> {
    const ids = new Set<string>();
    for (const queue of this.queues.values()) for (const { delivery } of queue.running) ids.add(delivery.id);
    for (const { delivery } of this.timers.values()) ids.add(delivery.id);
    if (waiting) for (const queue of this.queues.values()) for (const { delivery } of queue.waiting.values()) ids.add(delivery.id);
    return ids;
  }

  async depth(): Promise<Record<string, number>> {
    const depth = Object.fromEntries([...this.queues].map(([context, queue]) => [context, queue.waiting.length + queue.running.length]));
    for (const { delivery } of this.timers.values()) depth[delivery.context] = (depth[delivery.context] ?? 0) + 1;
    return depth;
  }

  /**
   * Takes no new attempt and waits (up to the timeout) for the running ones; answers the events still
   * waiting, scheduled for a retry or not yet due, whose outbox rows the relay then marks unsent.
   */
  async stop(): Promise<string[]> {
    this.stopping = true;
    for (const [timer, job] of this.timers) {
      clearTimeout(timer);
      this.leftover.push(job);
    }
    this.timers.clear();
    if ([...this.queues.values()].some((queue) => queue.running.length > 0)) {
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
    for (const queue of this.queues.values()) {
      for (let job = queue.waiting.take(); job; job = queue.waiting.take()) this.leftover.push(job);
    }
    return [...new Set(this.leftover.map((job) => job.delivery.envelope.eventId))];
  }

  private queue(context: string): ContextQueue {
    let queue = this.queues.get(context);
    if (!queue) this.queues.set(context, (queue = { waiting: new Fifo<Job>(), running: [] }));
    return queue;
  }

  /** Queues a job now, or holds it until its delivery is due. */
  private whenDue(job: Job): void {
    const wait = dueIn(job.delivery);
    // Checked again when the timer fires: a timer may fire a millisecond early, and a long wait takes several timers.
    if (wait > 0) this.later(job, Math.min(wait, LONGEST_TIMER_MS), () => this.whenDue(job));
    else this.enqueue(job);
  }

  private later(job: Job, delayMs: number, then: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      then();
    }, delayMs);
    timer.unref();
    this.timers.set(timer, job);
  }

  private enqueue(job: Job): void {
    this.queue(job.delivery.context).waiting.push(job);
    this.pump(job.delivery.context);
  }

  private pump(context: string): void {
    const queue = this.queue(context);
    while (this.processor && !this.stopping && queue.running.length < this.options.concurrency && queue.waiting.length > 0) {
      const job = queue.waiting.take()!;
      queue.running.push(job);
      void this.attempt(job).finally(() => {
        queue.running.splice(queue.running.indexOf(job), 1);
        if ([...this.queues.values()].every((q) => q.running.length === 0)) this.idle.forEach((resolve) => resolve());
        this.pump(context);
      });
    }
  }

  /** One attempt, then its outcome: done, a retry scheduled, or a dead letter (the job is running, and held, until then). */
  private async attempt(job: Job): Promise<void> {
    const processor = this.processor!;
    const { delivery, attempt } = job;
    try {
      await processor.handle(delivery, { number: attempt, of: delivery.maxAttempts });
    } catch (error) {
      if (givesUp(error, attempt, delivery.maxAttempts)) {
        try {
          await processor.deadLetter(delivery, error, attempt);
        } catch (failure) {
          // Never drop it: try the dead letter again later, without spending more attempts.
          this.logger.error(`could not record dead letter ${delivery.id}, trying again: ${describeError(failure)}`);
          this.retry({ delivery, attempt: delivery.maxAttempts - 1 }, delivery.maxAttempts - 1);
        }
      } else {
        this.logger.warn(
          `${delivery.envelope.name} ${delivery.envelope.eventId} (correlation ${delivery.envelope.correlationId}) failed in ${delivery.handlerId}, attempt ${attempt}/${delivery.maxAttempts}: ${describeError(error)}`,
        );
        this.retry(job, attempt);
      }
    }
  }

  private retry(job: Job, failedAttempt: number): void {
    if (this.stopping) {
      this.leftover.push(job);
      return;
    }
    this.later(job, retryDelay(failedAttempt, this.options.backoffMs), () =>
      this.enqueue({ delivery: job.delivery, attempt: failedAttempt + 1 }),
    );
  }
}
