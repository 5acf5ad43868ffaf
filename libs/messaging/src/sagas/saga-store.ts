import { ConcurrencyConflict } from '@promenade/ddd';
import { EntityManager } from 'typeorm';
import { SagaLookup } from './decide-saga';
import { SagaHistoryEntry, SagaSnapshot } from './saga-snapshot';
import { sagaTable } from './saga-tables';

/** A row of `<schema>.sagas` as pg returns it. */
export interface SagaRow {
  id: string;
  type: string;
  correlation_key: string;
  state: string;
  data: unknown;
  completed_steps: string[];
  history: SagaHistoryEntry[];
  timeout_state: string | null;
  timeout_due_at: Date | null;
  version: number;
  started_at: Date;
  updated_at: Date;
  ended_at: Date | null;
}

const iso = (value: Date) => new Date(value).toISOString();

export const toSnapshot = <D>(row: SagaRow): SagaSnapshot<D> => ({
  id: row.id,
  type: row.type,
  correlationKey: row.correlation_key,
  state: row.state,
  data: row.data as D,
  completedSteps: row.completed_steps,
  history: row.history,
  timeout: row.timeout_state && row.timeout_due_at ? { state: row.timeout_state, dueAt: iso(row.timeout_due_at) } : null,
  version: row.version,
  startedAt: iso(row.started_at),
  updatedAt: iso(row.updated_at),
  endedAt: row.ended_at ? iso(row.ended_at) : null,
});

/** The columns a snapshot writes, from `state` on, in the order of `values`. */
const values = (saga: SagaSnapshot<unknown>) => [
  saga.state,
  JSON.stringify(saga.data),
  JSON.stringify(saga.completedSteps),
  JSON.stringify(saga.history),
  saga.timeout?.state ?? null,
  saga.timeout?.dueAt ?? null,
  saga.version,
  saga.updatedAt,
  saga.endedAt,
];

/**
 * A context's saga rows, read and written on the delivery's transaction. No lock is taken: an update applies only at the
 * version read, and a key applies to one saga of a type, so a lost race is a ConcurrencyConflict and the delivery is retried.
 */
export class SagaStore {
  private readonly sagas: string;
  private readonly keys: string;

  constructor(
    private readonly manager: EntityManager,
    schema: string,
  ) {
    this.sagas = sagaTable(schema, 'sagas');
    this.keys = sagaTable(schema, 'saga_keys');
  }

  async find<D>(type: string, lookup: SagaLookup): Promise<SagaSnapshot<D> | null> {
    const rows: SagaRow[] =
      lookup.by === 'id'
        ? await this.manager.query(`SELECT * FROM ${this.sagas} WHERE id = $1 AND type = $2`, [lookup.id, type])
        : await this.manager.query(
            `SELECT s.* FROM ${this.keys} k JOIN ${this.sagas} s ON s.id = k.saga_id
             WHERE k.type = $1 AND k.key = ANY($2::varchar[]) ORDER BY array_position($2::varchar[], k.key::varchar) LIMIT 1`,
            [type, lookup.keys],
          );
    return rows[0] ? toSnapshot<D>(rows[0]) : null;
  }

  /** A new saga under its keys; another start that took its key first is a conflict (the retry finds that saga). */
  async insert(saga: SagaSnapshot<unknown>, keys: string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO ${this.sagas} (state, data, completed_steps, history, timeout_state, timeout_due_at, version, updated_at, ended_at, id, type, correlation_key, started_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [...values(saga), saga.id, saga.type, saga.correlationKey, saga.startedAt],
    );
    const taken = await this.associate(saga, keys);
    if (taken.length > 0) throw new ConcurrencyConflict(`saga ${saga.type}`, taken.join(', '), 0);
  }

  /** The saga as decided, if it is still at the version read (else ConcurrencyConflict), and its new keys. */
  async update(saga: SagaSnapshot<unknown>, readVersion: number, keys: string[]): Promise<void> {
    const [, affected]: [unknown, number] = await this.manager.query(
      `UPDATE ${this.sagas} SET state = $1, data = $2, completed_steps = $3, history = $4, timeout_state = $5, timeout_due_at = $6,
         version = $7, updated_at = $8, ended_at = $9
       WHERE id = $10 AND version = $11`,
      [...values(saga), saga.id, readVersion],
    );
    if (affected !== 1) throw new ConcurrencyConflict(`saga ${saga.type}`, saga.id, readVersion);
    const taken = await this.associate(saga, keys);
    if (taken.length > 0) {
      throw new Error(`saga ${saga.type} ${saga.id} cannot take the key(s) ${taken.join(', ')}: another saga of its type has them`);
    }
  }

  /** Adds the keys; returns those another saga of the type holds (waiting for its transaction, if it is still open). */
  private async associate(saga: SagaSnapshot<unknown>, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const added: Array<{ key: string }> = await this.manager.query(
      `INSERT INTO ${this.keys} (type, key, saga_id) SELECT $1, key, $2 FROM unnest($3::varchar[]) AS key ON CONFLICT (type, key) DO NOTHING RETURNING key`,
      [saga.type, saga.id, keys],
    );
    const held = keys.filter((key) => !added.some((row) => row.key === key));
    if (held.length === 0) return [];
    // A statement of its own: its snapshot sees the row of the transaction the insert waited for.
    const owners: Array<{ key: string; saga_id: string }> = await this.manager.query(
      `SELECT key, saga_id FROM ${this.keys} WHERE type = $1 AND key = ANY($2::varchar[])`,
      [saga.type, held],
    );
    return owners.filter((owner) => owner.saga_id !== saga.id).map((owner) => owner.key);
  }
}
