import { Injectable } from '@nestjs/common';
import { PoolUsage, poolUsage } from '@promenade/persistence';
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
    const gauge = (name: string, help: string, read: (usage: PoolUsage) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const usage = poolUsage(dataSource);
          this.set(usage ? read(usage) : NaN);
        },
      });
    gauge('promenade_db_pool_connections', 'Connections the pool holds open, idle or in use.', (usage) => usage.total);
    gauge('promenade_db_pool_idle_connections', 'Open connections no query is using.', (usage) => usage.idle);
    gauge(
      'promenade_db_pool_waiting_requests',
      'Queries and transactions waiting for a connection: the pool is exhausted.',
      (usage) => usage.waiting,
    );
    gauge('promenade_db_pool_max_connections', 'The most connections the pool opens.', (usage) => usage.max);
  }
}
