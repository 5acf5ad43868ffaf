import { Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DeferredSandboxRecords } from './deferred-sandbox-records';
import { PostgresSandboxRecords, SandboxSql } from './postgres-sandbox-records';
import { SandboxRecords } from './sandbox-records';

/** The sandbox's statements are short: a few connections of its own serve every concurrent charge. */
const SANDBOX_POOL_SIZE = 4;

/**
 * Where the sandbox keeps its records. On a PostgreSQL server, on a pool of its own: the sandbox is called inside
 * Billing's transactions, each holding a connection of the application's pool, and waiting for another one from that
 * pool would stall once every connection is held by such a transaction. On the embedded database, deferred.
 */
export function sandboxRecordsFor(config: AppConfig, dataSource: DataSource): SandboxRecords {
  if (!config.DATABASE_URL) return new DeferredSandboxRecords(new PostgresSandboxRecords(onDataSource(dataSource)));
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: SANDBOX_POOL_SIZE });
  // An idle connection the server dropped is replaced at the next statement; without a listener it would end the process.
  pool.on('error', (error) => new Logger('SandboxPaymentProvider').warn(`a sandbox database connection failed: ${error.message}`));
  return new PostgresSandboxRecords(pool);
}

/** Each statement on a connection of the DataSource's pool, taken and given back around it: never the caller's transaction's. */
function onDataSource(dataSource: DataSource): SandboxSql {
  return {
    query: async (sql, parameters) => {
      const runner = dataSource.createQueryRunner();
      try {
        return { rows: (await runner.query(sql, parameters, true)).records };
      } finally {
        await runner.release();
      }
    },
    end: () => Promise.resolve(),
  };
}
