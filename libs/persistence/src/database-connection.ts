import { resolve } from 'node:path';
import { AppConfig, runsBackgroundWork } from '@promenade/config';
import { DataSourceOptions } from 'typeorm';
import { DatabaseEndpoint, openEmbeddedDatabase } from './embedded-postgres';

/** Three levels up: the repository root from sources (libs/persistence/src), `dist/` from the build, where migrations are compiled too. */
const ROOT = resolve(__dirname, '../../..');

/** Every context's migrations: `migrations/<context>/<timestamp>-<name>.(ts|js)`, run in timestamp order. */
export const MIGRATIONS_GLOB = `${ROOT}/migrations/*/*.{ts,js}`;

/** The opened DatabaseConnection, provided by the persistence module. */
export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

export interface DatabaseConnection {
  endpoint: DatabaseEndpoint;
  options: DataSourceOptions;
  /** Releases what opening took (the embedded server, when this process serves it). */
  close(): Promise<void>;
}

/**
 * Picks the database: `DATABASE_URL` when set, else the embedded PostgreSQL under DATA_DIR,
 * served by this process or, when another process already serves it, reached through its socket.
 */
export async function openDatabaseConnection(config: AppConfig): Promise<DatabaseConnection> {
  const common = {
    type: 'postgres' as const,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    extra: { max: config.DATABASE_POOL_SIZE },
  };
  if (config.DATABASE_URL) {
    const endpoint: DatabaseEndpoint = { kind: 'external', url: config.DATABASE_URL };
    // pg-pool applies the limit to waiting for a free connection too: an `api` process answers 503 rather than queue a
    // request behind an exhausted pool, while processes that run event handlers let them queue (a handler failing for
    // want of a connection would spend a delivery attempt on a busy moment).
    const connectionTimeoutMillis = runsBackgroundWork(config) ? 0 : config.DATABASE_CONNECT_TIMEOUT_MS;
    const extra = { ...common.extra, connectionTimeoutMillis };
    return { endpoint, options: { ...common, url: config.DATABASE_URL, extra }, close: async () => undefined };
  }
  const embedded = await openEmbeddedDatabase(config.DATA_DIR);
  const { socketDir, port } = embedded.endpoint;
  return {
    endpoint: embedded.endpoint,
    // One connection: pglite-socket interleaves extended-protocol messages of concurrent connections
    // outside transactions ("unnamed prepared statement does not exist"), and PGlite runs one
    // statement at a time anyway, so a single pooled connection loses nothing.
    options: { ...common, host: socketDir, port, username: 'postgres', database: 'postgres', extra: { max: 1 } },
    close: embedded.close,
  };
}

/** How a person reaches the same database with psql. */
export function describeEndpoint(endpoint: DatabaseEndpoint): string {
  if (endpoint.kind === 'external') {
    const url = new URL(endpoint.url);
    if (url.password) url.password = '***';
    url.searchParams.delete('password');
    return url.toString();
  }
  return `embedded PostgreSQL (PGlite) — psql -h ${endpoint.socketDir} -p ${endpoint.port} -U postgres postgres`;
}
