import { ProviderOutcome } from '../../domain/payment/payment-provider';
import { PendingWebhook, SandboxRecord, SandboxRecords } from './sandbox-records';

/** Where the statements run, each on its own (autocommitted): never inside the caller's unit of work. */
export interface SandboxSql {
  query<Row>(sql: string, parameters: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
}

interface RecordRow {
  kind: SandboxRecord['kind'];
  idempotencyKey: string;
  token: string | null;
  outcome: ProviderOutcome;
}

const TABLE = 'billing.sandbox_provider_records';
const RECORD = `kind, idempotency_key AS "idempotencyKey", token, outcome`;

/** The sandbox's records in `billing.sandbox_provider_records`, shared by every process on the database. */
export class PostgresSandboxRecords implements SandboxRecords {
  constructor(private readonly sql: SandboxSql) {}

  async open(): Promise<void> {}

  async find(kind: SandboxRecord['kind'], idempotencyKey: string): Promise<SandboxRecord | undefined> {
    const { rows } = await this.sql.query<RecordRow>(`SELECT ${RECORD} FROM ${TABLE} WHERE kind = $1 AND idempotency_key = $2`, [
      kind,
      idempotencyKey,
    ]);
    return rows.map(recordOf)[0];
  }

  async keep(record: SandboxRecord, webhookDueAt?: Date): Promise<{ record: SandboxRecord; kept: boolean }> {
    // A concurrent insert of the same key (another process) waits for the first, then inserts nothing.
    const { rows } = await this.sql.query(
      `INSERT INTO ${TABLE} (kind, idempotency_key, token, outcome, webhook_state, webhook_attempt, webhook_due_at)
       VALUES ($1, $2, $3, $4::jsonb, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'pending' END,
               CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 1 END, $5::timestamptz)
       ON CONFLICT (kind, idempotency_key) DO NOTHING
       RETURNING kind`,
      [record.kind, record.idempotencyKey, record.token ?? null, JSON.stringify(record.outcome), webhookDueAt ?? null],
    );
    if (rows.length > 0) return { record, kept: true };
    return { record: (await this.find(record.kind, record.idempotencyKey))!, kept: false };
  }

  async charged(providerReference: string): Promise<boolean> {
    const { rows } = await this.sql.query(`SELECT 1 FROM ${TABLE} WHERE kind = 'charge' AND outcome->>'providerReference' = $1 LIMIT 1`, [
      providerReference,
    ]);
    return rows.length > 0;
  }

  async pendingWebhooks(): Promise<PendingWebhook[]> {
    const { rows } = await this.sql.query<PendingWebhook>(
      `SELECT idempotency_key AS "idempotencyKey", outcome->>'providerReference' AS "providerReference",
              webhook_attempt AS attempt, webhook_due_at AS "dueAt"
       FROM ${TABLE} WHERE webhook_state = 'pending' ORDER BY webhook_due_at`,
      [],
    );
    return rows;
  }

  async confirm(idempotencyKey: string): Promise<void> {
    await this.sql.query(
      `UPDATE ${TABLE} SET outcome = jsonb_set(outcome, '{status}', '"succeeded"') WHERE kind = 'charge' AND idempotency_key = $1`,
      [idempotencyKey],
    );
  }

  async retryWebhook(idempotencyKey: string, attempt: number, dueAt: Date): Promise<void> {
    await this.sql.query(
      `UPDATE ${TABLE} SET webhook_attempt = $2, webhook_due_at = $3 WHERE kind = 'charge' AND idempotency_key = $1 AND webhook_state = 'pending'`,
      [idempotencyKey, attempt, dueAt],
    );
  }

  async endWebhook(idempotencyKey: string, state: 'delivered' | 'abandoned'): Promise<void> {
    await this.sql.query(
      `UPDATE ${TABLE} SET webhook_state = $2 WHERE kind = 'charge' AND idempotency_key = $1 AND webhook_state = 'pending'`,
      [idempotencyKey, state],
    );
  }

  async all(): Promise<SandboxRecord[]> {
    const { rows } = await this.sql.query<RecordRow>(`SELECT ${RECORD} FROM ${TABLE}`, []);
    return rows.map(recordOf);
  }

  close(): Promise<void> {
    return this.sql.end();
  }
}

function recordOf({ kind, idempotencyKey, token, outcome }: RecordRow): SandboxRecord {
  return { kind, idempotencyKey, ...(token === null ? {} : { token }), outcome };
}
