import { Delivery } from './delivery';

/** Provide this token (from a global module) to watch deliveries; without it every hook is a no-op. */
export const MESSAGING_OBSERVER = Symbol('MessagingObserver');

/**
 * What the relay, the consumer and the redelivery sweep report as deliveries move: the one way to watch messaging
 * (metrics, say) without messaging knowing the watcher. Hooks run on the delivery path: they must be quick and never throw.
 */
export interface MessagingObserver {
  /** The relay handed these deliveries to the transport, and the outbox committed them as sent. */
  relayed(deliveries: readonly Delivery[]): void;
  /** A handler ran and its transaction committed. A copy the inbox skips (handled before) is not reported. */
  handled(delivery: Delivery, durationMs: number): void;
  /** An attempt failed; `willRetry` is false on the last one (or an unrecoverable error), which a dead letter follows. */
  failed(delivery: Delivery, outcome: { durationMs: number; willRetry: boolean }): void;
  /** The delivery was recorded as a dead letter. */
  deadLettered(delivery: Delivery): void;
  /** The redelivery sweep queued these again: the inbox had not confirmed them in time (the broker lost them). */
  redelivered(deliveries: readonly Delivery[]): void;
}

/** The observer in force when none is provided. */
export const UNOBSERVED: MessagingObserver = {
  relayed: () => undefined,
  handled: () => undefined,
  failed: () => undefined,
  deadLettered: () => undefined,
  redelivered: () => undefined,
};
