import { SerializedEvent } from '@promenade/ddd';

/** One event for one handler: the unit a transport queues, retries and dead-letters. */
export interface Delivery {
  /** `<event id>@<handler id>`: a re-sent outbox row yields the same id, so the broker drops the copy. */
  id: string;
  /** The subscribing context, whose queue carries the delivery. */
  context: string;
  handlerId: string;
  envelope: SerializedEvent;
  maxAttempts: number;
}

/** Which attempt at a delivery a transport is making, of how many it makes before giving up. */
export interface Attempt {
  number: number;
  of: number;
}

/** What a transport calls back: run one attempt (throws to fail it), or record a delivery that gave up. */
export interface DeliveryProcessor {
  handle(delivery: Delivery, attempt: Attempt): Promise<void>;
  deadLetter(delivery: Delivery, error: unknown, attempts: number): Promise<void>;
}

export const EVENT_TRANSPORT = Symbol('EventTransport');

/** Carries deliveries to the handlers' contexts, with retries and backoff; `memory` and `bullmq` implement it. */
export interface EventTransport {
  readonly name: 'memory' | 'bullmq';
  /** Resolves once the transport has accepted the deliveries (for bullmq: stored in Redis); each runs no earlier than `dueIn`. */
  send(deliveries: Delivery[]): Promise<void>;
  /** Opens every context's queue for sending and counting, without consuming it (a PROCESS_ROLE=api process). */
  connect(contexts: string[]): Promise<void>;
  /** Opens and starts consuming every context's queue. */
  start(contexts: string[], processor: DeliveryProcessor): Promise<void>;
  /**
   * Stops taking work and waits for the attempts in progress. Answers the ids of events it had accepted
   * but not finished (the memory transport's queues), so the relay can send them again at the next start.
   */
  stop(): Promise<string[]>;
  /**
   * Sends again deliveries the inbox never confirmed. One the transport still holds (waiting, running, waiting
   * for a retry or for its due time) is left alone, so it stays single; any other is queued afresh. Answers the ones it queued.
   */
  redeliver(deliveries: Delivery[]): Promise<Delivery[]>;
  /** Deliveries waiting (for a worker, a retry or their due time) or running, per context; throws TransportUnavailable when the broker cannot be asked. */
  depth(): Promise<Record<string, number>>;
}

/** The broker (named, e.g. `redis`) cannot be reached: answered at once rather than after retries. */
export class TransportUnavailable extends Error {
  constructor(
    readonly broker: string,
    reason: string,
  ) {
    super(`${broker} is unavailable: ${reason}`);
    this.name = TransportUnavailable.name;
  }
}

/** Thrown by a handler (or wrapping its error) when retrying cannot help: the delivery is dead-lettered at once. */
export class UnrecoverableEventError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnrecoverableEventError';
  }
}

/** Jitter as BullMQ applies it (`jitter: 0.2`): each delay is drawn between 80% and 100% of its step. */
export const RETRY_JITTER = 0.2;

/** Exponential backoff: base, 2×base, 4×base, … after attempts 1, 2, 3, …, each less up to RETRY_JITTER. */
export function retryDelay(failedAttempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(baseMs * 2 ** (failedAttempt - 1) * (1 - RETRY_JITTER * random()));
}

/**
 * How long a delivery must still be held: until its event's `deliverAt` (a scheduled delivery), else not at all.
 * Measured from the absolute due time, so a delivery sent again (after a restart, by the sweep) keeps its due time.
 */
export function dueIn(delivery: Delivery, now: number = Date.now()): number {
  const { deliverAt } = delivery.envelope;
  return deliverAt === undefined ? 0 : Math.max(0, Date.parse(deliverAt) - now);
}

/** The one rule both transports apply: an unrecoverable error, or the last attempt, makes a dead letter. */
export function givesUp(error: unknown, attempt: number, maxAttempts: number): boolean {
  return error instanceof UnrecoverableEventError || attempt >= maxAttempts;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
