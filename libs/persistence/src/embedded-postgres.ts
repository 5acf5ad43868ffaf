import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Where a `pg` client finds a PostgreSQL server: a URL, or a Unix socket directory and port. */
export type DatabaseEndpoint =
  { kind: 'external'; url: string } | { kind: 'embedded'; socketDir: string; port: number; servedHere: boolean };

export interface EmbeddedDatabase {
  endpoint: Extract<DatabaseEndpoint, { kind: 'embedded' }>;
  /** Stops serving and closes PGlite (a no-op when another process serves the data directory). */
  close(): Promise<void>;
}

/** `.s.PGSQL.<port>` is the name libpq and `pg` look for inside a socket directory. */
const SOCKET_PORT = 5432;
/** The service's one pooled connection plus psql and CLI sessions; PGlite runs one statement at a time anyway. */
const MAX_CONNECTIONS = 64;

/**
 * Serves an embedded PostgreSQL (PGlite) to the ordinary `pg` driver over a Unix socket under
 * `<dataDir>/run`, so the app, psql and CLI scripts all speak the real wire protocol.
 * PGlite allows one process per data directory: when a live socket is already there, another
 * process serves it and we only connect; a socket left by a crashed process is removed.
 */
export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const socketDir = resolve(dataDir, 'run');
  const socketPath = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const endpoint = { kind: 'embedded' as const, socketDir, port: SOCKET_PORT, servedHere: false };

  if (existsSync(socketPath)) {
    if (await isListening(socketPath)) return { endpoint, close: async () => undefined };
    rmSync(socketPath, { force: true });
  }

  mkdirSync(socketDir, { recursive: true });
  const db = new PGlite(resolve(dataDir, 'pgdata'));
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: MAX_CONNECTIONS });
  await server.start().catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  return {
    endpoint: { ...endpoint, servedHere: true },
    close: async () => {
      await server.stop();
      await db.close();
      rmSync(socketPath, { force: true });
    },
  };
}

function isListening(socketPath: string): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.end();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}
