import { Injectable } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { domainError, Page } from '@promenade/ddd';
import { RequestValidationFailed } from '@promenade/http';
import { UnitOfWork } from '@promenade/persistence';
import { SagaRegistry } from '../sagas/saga-registry';
import { SagaHistoryEntry, SagaPendingTimeout } from '../sagas/saga-snapshot';
import { SagaRow, toSnapshot } from '../sagas/saga-store';
import { sagaTable } from '../sagas/saga-tables';

export class SagaNotFound extends domainError('SAGA_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`saga ${id} does not exist`);
  }
}

export interface SagaSummary {
  id: string;
  type: string;
  state: string;
  correlationKey: string;
  timeout: SagaPendingTimeout | null;
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
}

export interface SagaDetail extends SagaSummary {
  /** Every correlation key: the starting one and those it associated. */
  keys: string[];
  data: unknown;
  completedSteps: string[];
  history: SagaHistoryEntry[];
  version: number;
}

export interface SagaFilter {
  type?: string;
  state?: string;
  /** Any of the saga's correlation keys. */
  correlation?: string;
}

export interface SagaStats {
  /** Sagas per state, per registered type (a type without sagas has `{}`). */
  byType: Record<string, Record<string, number>>;
  /** Not ended, and waiting on a timeout due more than SAGA_STUCK_MARGIN_MS ago: its timeout was not delivered. */
  stuck: number;
}

const summaryOf = (row: SagaRow): SagaSummary => {
  const { id, type, state, correlationKey, timeout, startedAt, updatedAt, endedAt } = toSnapshot(row);
  return { id, type, state, correlationKey, timeout, startedAt, updatedAt, endedAt };
};

/** Positional parameters collected while a statement is written: `add(value)` answers its `$n`. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Sagas for the admin API, across the schemas of every saga type this service runs (found through their handlers):
 * a filtered page (one UNION over the schemas), one saga with its history, and the counts the events stats show.
 */
@Injectable()
export class Sagas {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly registry: SagaRegistry,
    private readonly config: AppConfig,
  ) {}

  /** `type` must be a saga type of this service: they are known only at run time, so no DTO decorator can check it. */
  async list(filter: SagaFilter, page: number, limit: number): Promise<Page<SagaSummary>> {
    if (filter.type !== undefined && !this.registry.has(filter.type)) {
      const types = this.registry.definitions().map((definition) => definition.type);
      const message = types.length ? `type must be one of the following values: ${types.join(', ')}` : 'no saga type runs in this service';
      throw new RequestValidationFailed([{ field: 'type', message }]);
    }
    const params = new Params();
    const selects = [...this.typesBySchema(filter.type)].map(([schema, types]) => {
      const conditions = [`s.type = ANY(${params.add(types)}::varchar[])`];
      if (filter.state !== undefined) conditions.push(`s.state = ${params.add(filter.state)}`);
      if (filter.correlation !== undefined) {
        conditions.push(
          `EXISTS (SELECT 1 FROM ${sagaTable(schema, 'saga_keys')} k WHERE k.type = s.type AND k.key = ${params.add(filter.correlation)} AND k.saga_id = s.id)`,
        );
      }
      return `SELECT s.* FROM ${sagaTable(schema, 'sagas')} s WHERE ${conditions.join(' AND ')}`;
    });
    if (selects.length === 0) return { items: [], page, limit, total: 0 };
    const union = selects.join(' UNION ALL ');
    const [{ n: total }] = await this.uow.manager.query(`SELECT count(*)::int AS n FROM (${union}) s`, params.values);
    const rows: SagaRow[] = await this.uow.manager.query(
      `SELECT * FROM (${union}) s ORDER BY s.started_at DESC, s.id DESC LIMIT ${params.add(limit)} OFFSET ${params.add((page - 1) * limit)}`,
      params.values,
    );
    return { items: rows.map(summaryOf), page, limit, total };
  }

  async get(id: string): Promise<SagaDetail> {
    for (const [schema, types] of this.typesBySchema()) {
      const [row]: SagaRow[] = await this.uow.manager.query(
        `SELECT * FROM ${sagaTable(schema, 'sagas')} WHERE id = $1 AND type = ANY($2::varchar[])`,
        [id, types],
      );
      if (!row) continue;
      const keys: Array<{ key: string }> = await this.uow.manager.query(
        `SELECT key FROM ${sagaTable(schema, 'saga_keys')} WHERE saga_id = $1 ORDER BY key = $2 DESC, key`,
        [id, row.correlation_key],
      );
      const { data, completedSteps, history, version } = toSnapshot(row);
      return { ...summaryOf(row), keys: keys.map(({ key }) => key), data, completedSteps, history, version };
    }
    throw new SagaNotFound(id);
  }

  async stats(): Promise<SagaStats> {
    const byType: SagaStats['byType'] = Object.fromEntries(this.registry.definitions().map(({ type }) => [type, {}]));
    let stuck = 0;
    for (const [schema, types] of this.typesBySchema()) {
      const rows: Array<{ type: string; state: string; n: number; stuck: number }> = await this.uow.manager.query(
        `SELECT type, state, count(*)::int AS n,
           (count(*) FILTER (WHERE ended_at IS NULL AND timeout_due_at < now() - $2::bigint * interval '1 millisecond'))::int AS stuck
         FROM ${sagaTable(schema, 'sagas')} WHERE type = ANY($1::varchar[]) GROUP BY type, state`,
        [types, this.config.SAGA_STUCK_MARGIN_MS],
      );
      for (const row of rows) {
        byType[row.type][row.state] = row.n;
        stuck += row.stuck;
      }
    }
    return { byType, stuck };
  }

  /** Schema → the registered types whose rows it holds; only `type`'s, when given. */
  private typesBySchema(type?: string): Map<string, string[]> {
    const bySchema = new Map<string, string[]>();
    for (const definition of this.registry.definitions()) {
      if (type !== undefined && definition.type !== type) continue;
      bySchema.set(definition.schema, [...(bySchema.get(definition.schema) ?? []), definition.type]);
    }
    return bySchema;
  }
}
