import { Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsRegistry } from './metrics-registry';

/**
 * The PostgreSQL pool TypeORM's pg driver keeps (DATABASE_POOL_SIZE connections; one for the embedded database), read at
 * each scrape from its own counters: no query, so the figures come even when the database does not answer.
 */
@Injectable()
export class DatabasePoolGauges {
  constructor(registry: MetricsRegistry, dataSource: DataSource) {
    const pool = () => (dataSource.driver as { master?: Pool }).master;
    const gauge = (name: string, help: string, read: (pool: Pool) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const current = pool();
          this.set(current ? read(current) : NaN);
        },
      });
    gauge('promenade_db_pool_connections', 'Connections the pool holds open, idle or in use.', (p) => p.totalCount);
    gauge('promenade_db_pool_idle_connections', 'Open connections no query is using.', (p) => p.idleCount);
    gauge(
      'promenade_db_pool_waiting_requests',
      'Queries and transactions waiting for a connection: the pool is exhausted.',
      (p) => p.waitingCount,
    );
    gauge('promenade_db_pool_max_connections', 'The most connections the pool opens.', (p) => p.options.max ?? NaN);
  }
}
