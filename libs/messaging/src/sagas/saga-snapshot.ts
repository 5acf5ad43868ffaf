/** One handled event (or timeout) in a saga's life: what moved it, from which state to which, and what it sent. */
export interface SagaHistoryEntry {
  /** ISO time, by the clock of the handler that ran it. */
  at: string;
  /** The event's name, or `timeout`. */
  trigger: string;
  eventId: string;
  /** null when the event started the saga. */
  from: string | null;
  to: string;
  /** The names of the messages it sent, in order. */
  sent: string[];
}

/** The timeout a saga waits for: the state it belongs to and when it is due (ISO). */
export interface SagaPendingTimeout {
  state: string;
  dueAt: string;
}

/** A saga instance as stored: one row of `<schema>.sagas`. JSON-safe, so the harness holds exactly what the table would. */
export interface SagaSnapshot<D = unknown> {
  id: string;
  type: string;
  /** The key its starting event gave it; more may be associated (`saga_keys`). */
  correlationKey: string;
  state: string;
  data: D;
  /** Compensable steps done and not forgotten, oldest first. */
  completedSteps: string[];
  history: SagaHistoryEntry[];
  timeout: SagaPendingTimeout | null;
  /** Stored version: an update applies only at the version read. */
  version: number;
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
}
