import { ProviderOutcome } from '../../domain/payment/payment-provider';

export const SANDBOX_RECORDS = Symbol('SandboxRecords');

/** A charge or a refund the sandbox made, under the caller's idempotency key. */
export interface SandboxRecord {
  kind: 'charge' | 'refund';
  idempotencyKey: string;
  /** The token charged; a refund has none. */
  token?: string;
  outcome: ProviderOutcome;
}

/** The webhook of a 3-D Secure charge, not delivered yet: the attempt it will be (1 confirms the charge), and when. */
export interface PendingWebhook {
  idempotencyKey: string;
  providerReference: string;
  attempt: number;
  dueAt: Date;
}

/**
 * What the sandbox remembers, kept as a provider keeps it: apart from the caller's transaction, so that a charge it
 * made is still known after the caller rolled back or its process died, and its webhooks are sent by the next one.
 */
export interface SandboxRecords {
  /** Called once, after the schema is migrated and before any other call. */
  open(): Promise<void>;
  find(kind: SandboxRecord['kind'], idempotencyKey: string): Promise<SandboxRecord | undefined>;
  /**
   * Keeps `record`, and for a 3-D Secure charge its webhook due at `webhookDueAt`, unless the key is taken: then
   * answers the record kept first (`kept: false`), as a provider answers a repeated idempotency key.
   */
  keep(record: SandboxRecord, webhookDueAt?: Date): Promise<{ record: SandboxRecord; kept: boolean }>;
  /** Whether a charge was answered with this reference. */
  charged(providerReference: string): Promise<boolean>;
  /** Every webhook neither delivered nor abandoned. */
  pendingWebhooks(): Promise<PendingWebhook[]>;
  /** The customer confirmed the 3-D Secure charge under this key: it succeeded. */
  confirm(idempotencyKey: string): Promise<void>;
  /** The application refused the webhook: `attempt` is due at `dueAt`. */
  retryWebhook(idempotencyKey: string, attempt: number, dueAt: Date): Promise<void>;
  /** The webhook was taken, or refused too often: it is not sent again. */
  endWebhook(idempotencyKey: string, state: 'delivered' | 'abandoned'): Promise<void>;
  /** Every record, for a store that answers from memory. */
  all(): Promise<SandboxRecord[]>;
  /** At shutdown, once nothing calls it any more. */
  close(): Promise<void>;
}
