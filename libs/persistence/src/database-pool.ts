import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** How the pool of TypeORM's pg driver is used right now. */
export interface PoolUsage {
  /** Connections open, idle or in use. */
  total: number;
  idle: number;
  /** Queries and transactions waiting for a connection: the pool is exhausted. */
  waiting: number;
  max: number;
}

/** Read from the pool's own counters (no query, so it answers even when the database does not); undefined before it exists. */
export function poolUsage(dataSource: DataSource): PoolUsage | undefined {
  const pool = (dataSource.driver as { master?: Pool }).master;
  if (!pool) return undefined;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? NaN };
}
