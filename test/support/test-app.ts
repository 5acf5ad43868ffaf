import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/bootstrap';
import { copyDataDirTemplate } from './data-dir-template';

/** The signing key tests use against a real database (and pass to the processes they start). */
export const TEST_JWT_SECRET = 'test-signing-key-0123456789abcdef-0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  /** Base URL of the listening server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The app's own temporary DATA_DIR. */
  dataDir: string;
  close(): Promise<void>;
}

/** Every app this test file started or is still starting, so none outlives the file (see closeStartedApps). */
const started = new Set<Promise<TestApp>>();

/**
 * Starts the real application on an ephemeral port. Without DATABASE_URL in `env` it runs on its own
 * embedded PostgreSQL in a temporary data directory, so test files never share state; an empty data directory
 * starts from the run's initialised and migrated template when there is one (see copyDataDirTemplate).
 */
export function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const starting = start(env);
  started.add(starting);
  starting.catch(() => started.delete(starting));
  return starting;
}

/**
 * Closes what the file's own teardown did not: an app whose start outlived its `beforeAll` (a slow
 * machine), or one a failed test left open. Run after every e2e and integration file, so jest never
 * waits on a listening server.
 */
export async function closeStartedApps(): Promise<void> {
  const apps = await Promise.allSettled([...started]);
  started.clear();
  await Promise.all(apps.map((app) => (app.status === 'fulfilled' ? app.value.close() : undefined)));
}

async function start(env: Record<string, string>): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'promenade-test-'));
  if (!env.DATABASE_URL) copyDataDirTemplate(env.DATA_DIR ?? dataDir);
  const saved = { ...process.env };
  // Tests sign up many users from one address: the credential rate limits are raised unless a test sets them.
  const generousLimits = {
    RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    RATE_LIMIT_REGISTER_PER_MINUTE: '10000',
    RATE_LIMIT_REFRESH_PER_MINUTE: '10000',
  };
  // A real database needs a configured signing key; the embedded default makes its own under DATA_DIR.
  const signingKey = env.DATABASE_URL ? { JWT_SECRET: TEST_JWT_SECRET } : {};
  Object.assign(
    process.env,
    { LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', ...generousLimits, ...signingKey },
    env,
  );
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  const app = await createApp()
    .catch((error: unknown) => {
      removeDataDir();
      throw error;
    })
    .finally(() => (process.env = saved));
  await app.listen(0, '127.0.0.1').catch(async (error: unknown) => {
    await app.close();
    removeDataDir();
    throw error;
  });
  let closed: Promise<void> | undefined;
  return {
    app,
    url: await app.getUrl(),
    dataDir,
    // Idempotent: the file's afterAll and closeStartedApps may both call it.
    close: () => (closed ??= app.close().finally(removeDataDir)),
  };
}

/**
 * Polls every half second until `probe` holds (a probe that throws does not hold yet) or `timeoutMs` passes, and returns
 * either way: the assertions that follow say what did not hold.
 */
export async function pollUntil(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Polls `probe` until it returns a value (events are handled after the response). */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
