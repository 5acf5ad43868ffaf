import { PendingWebhook, SandboxRecord, SandboxRecords } from '../sandbox-records';

interface Entry {
  record: SandboxRecord;
  webhook?: { state: 'pending' | 'delivered' | 'abandoned'; attempt: number; dueAt: Date };
}

/** SandboxRecords in a map, for specs: shared by two providers, it stands for the database across a restart. */
export class InMemorySandboxRecords implements SandboxRecords {
  readonly entries = new Map<string, Entry>();

  open(): Promise<void> {
    return Promise.resolve();
  }

  find(kind: SandboxRecord['kind'], idempotencyKey: string): Promise<SandboxRecord | undefined> {
    return Promise.resolve(this.entries.get(`${kind}:${idempotencyKey}`)?.record);
  }

  keep(record: SandboxRecord, webhookDueAt?: Date): Promise<{ record: SandboxRecord; kept: boolean }> {
    const first = this.entries.get(`${record.kind}:${record.idempotencyKey}`);
    if (first) return Promise.resolve({ record: first.record, kept: false });
    const webhook = webhookDueAt && { state: 'pending' as const, attempt: 1, dueAt: webhookDueAt };
    this.entries.set(`${record.kind}:${record.idempotencyKey}`, { record, webhook });
    return Promise.resolve({ record, kept: true });
  }

  charged(providerReference: string): Promise<boolean> {
    return Promise.resolve(
      [...this.entries.values()].some(({ record }) => record.kind === 'charge' && record.outcome.providerReference === providerReference),
    );
  }

  pendingWebhooks(): Promise<PendingWebhook[]> {
    const pending = [...this.entries.values()].flatMap(({ record, webhook }) =>
      webhook?.state === 'pending'
        ? [
            {
              idempotencyKey: record.idempotencyKey,
              providerReference: record.outcome.providerReference,
              attempt: webhook.attempt,
              dueAt: webhook.dueAt,
            },
          ]
        : [],
    );
    return Promise.resolve(pending);
  }

  confirm(idempotencyKey: string): Promise<void> {
    const entry = this.charge(idempotencyKey);
    entry.record = { ...entry.record, outcome: { ...entry.record.outcome, status: 'succeeded' } };
    return Promise.resolve();
  }

  retryWebhook(idempotencyKey: string, attempt: number, dueAt: Date): Promise<void> {
    const entry = this.charge(idempotencyKey);
    if (entry.webhook?.state === 'pending') entry.webhook = { state: 'pending', attempt, dueAt };
    return Promise.resolve();
  }

  endWebhook(idempotencyKey: string, state: 'delivered' | 'abandoned'): Promise<void> {
    const entry = this.charge(idempotencyKey);
    if (entry.webhook?.state === 'pending') entry.webhook = { ...entry.webhook, state };
    return Promise.resolve();
  }

  all(): Promise<SandboxRecord[]> {
    return Promise.resolve([...this.entries.values()].map(({ record }) => record));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private charge(idempotencyKey: string): Entry {
    const entry = this.entries.get(`charge:${idempotencyKey}`);
    if (!entry) throw new Error(`no charge under ${idempotencyKey}`);
    return entry;
  }
}
