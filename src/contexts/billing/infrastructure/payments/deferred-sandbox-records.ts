import { Logger } from '@nestjs/common';
import { PendingWebhook, SandboxRecord, SandboxRecords } from './sandbox-records';

/**
 * The sandbox's records on the embedded database, which has one session: while the caller's transaction holds it,
 * no statement can run beside it, so the sandbox (called inside that transaction) must not wait for one. The records
 * are loaded at start and answered from memory; each change is written after, in order, as soon as the session is
 * free. A process killed in between loses the change; the embedded database is one process's, for development.
 */
export class DeferredSandboxRecords implements SandboxRecords {
  private readonly logger = new Logger('SandboxPaymentProvider');
  private readonly records = new Map<string, SandboxRecord>();
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly store: SandboxRecords) {}

  async open(): Promise<void> {
    await this.store.open();
    for (const record of await this.store.all()) this.records.set(keyOf(record), record);
  }

  find(kind: SandboxRecord['kind'], idempotencyKey: string): Promise<SandboxRecord | undefined> {
    return Promise.resolve(this.records.get(keyOf({ kind, idempotencyKey })));
  }

  keep(record: SandboxRecord, webhookDueAt?: Date): Promise<{ record: SandboxRecord; kept: boolean }> {
    const first = this.records.get(keyOf(record));
    if (first) return Promise.resolve({ record: first, kept: false });
    this.records.set(keyOf(record), record);
    this.later(() => this.store.keep(record, webhookDueAt));
    return Promise.resolve({ record, kept: true });
  }

  charged(providerReference: string): Promise<boolean> {
    const charges = [...this.records.values()].filter(({ kind }) => kind === 'charge');
    return Promise.resolve(charges.some(({ outcome }) => outcome.providerReference === providerReference));
  }

  /** Read from the store once the changes made so far are written (called at start, before any). */
  async pendingWebhooks(): Promise<PendingWebhook[]> {
    await this.writes;
    return this.store.pendingWebhooks();
  }

  confirm(idempotencyKey: string): Promise<void> {
    const charge = this.records.get(keyOf({ kind: 'charge', idempotencyKey }));
    if (charge) this.records.set(keyOf(charge), { ...charge, outcome: { ...charge.outcome, status: 'succeeded' } });
    this.later(() => this.store.confirm(idempotencyKey));
    return Promise.resolve();
  }

  retryWebhook(idempotencyKey: string, attempt: number, dueAt: Date): Promise<void> {
    this.later(() => this.store.retryWebhook(idempotencyKey, attempt, dueAt));
    return Promise.resolve();
  }

  endWebhook(idempotencyKey: string, state: 'delivered' | 'abandoned'): Promise<void> {
    this.later(() => this.store.endWebhook(idempotencyKey, state));
    return Promise.resolve();
  }

  all(): Promise<SandboxRecord[]> {
    return Promise.resolve([...this.records.values()]);
  }

  /** Writes what is still waiting, then closes the store. */
  async close(): Promise<void> {
    await this.writes;
    await this.store.close();
  }

  /** One write after the other: a webhook's end never lands before its charge. A failed one is logged, the next still runs. */
  private later(write: () => Promise<unknown>): void {
    this.writes = this.writes.then(write).then(
      () => undefined,
      (error: unknown) => this.logger.error(`a sandbox record was not written: ${String(error)}`),
    );
  }
}

function keyOf({ kind, idempotencyKey }: Pick<SandboxRecord, 'kind' | 'idempotencyKey'>): string {
  return `${kind}:${idempotencyKey}`;
}
