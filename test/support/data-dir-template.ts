import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, runTs } from './service-process';

/**
 * A DATA_DIR whose embedded database is initialised and migrated, made once per jest run by the e2e global setup and
 * copied into each test app's empty DATA_DIR: PGlite's initdb and the migrations are most of an embedded start, and a
 * copy of their result is the same database. Inherited by the processes jest starts, so a nested run reuses it.
 */
export const DATA_DIR_TEMPLATE_ENV = 'PROMENADE_TEST_DATA_DIR_TEMPLATE';

/** Generous: initdb and 50 migrations take seconds on a quiet machine, and a loaded one may be ten times slower. */
const BUILD_TIMEOUT_MS = 180_000;

/** Builds a template in a new temporary directory and answers its path; throws (never hangs) when the build fails. */
export async function buildDataDirTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'promenade-data-template-'));
  // Its own process: the migrations are TypeScript that imports the libraries by their path aliases, which ts-node
  // resolves as the scripts do, while the global setup runs outside jest's module system.
  const build = runTs('test/support/migrate-data-dir.ts', [dir], {});
  let output = '';
  build.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => build.kill('SIGKILL'), BUILD_TIMEOUT_MS);
  const { code, signal } = await exited(build).finally(() => clearTimeout(timer));
  if (code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`building the embedded database template ended with ${signal ?? `code ${code}`}:\n${output}`);
  }
  return dir;
}

/**
 * Gives `dataDir` a copy of the run's template when it has no state yet (a restart on the same DATA_DIR keeps its
 * database), and answers whether it did; without a template (a suite with no global setup) the app makes its own.
 */
export function copyDataDirTemplate(dataDir: string): boolean {
  const template = process.env[DATA_DIR_TEMPLATE_ENV];
  if (!template || (existsSync(dataDir) && readdirSync(dataDir).length > 0)) return false;
  cpSync(template, dataDir, { recursive: true });
  return true;
}
