/**
 * Lints the OpenAPI document the service serves at /docs-json with Redocly's `recommended` rules (redocly.yaml).
 *   npm run openapi:lint
 * The application is built on its own embedded database in a temporary directory and asked for the document in
 * process (Fastify's inject): no port, no PostgreSQL, no Redis. Exits with Redocly's status.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../src/bootstrap';

const ROOT = resolve(__dirname, '..');

async function servedDocument(dataDir: string): Promise<string> {
  Object.assign(process.env, { LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: '', EVENT_TRANSPORT: 'memory' });
  const app = await createApp();
  try {
    await app.init();
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
    if (response.statusCode !== 200) throw new Error(`GET /docs-json answered ${response.statusCode}`);
    return response.body;
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const workDir = mkdtempSync(join(tmpdir(), 'promenade-openapi-'));
  try {
    const documentPath = join(workDir, 'openapi.json');
    // Indented, so Redocly's excerpts point at a readable line.
    writeFileSync(documentPath, JSON.stringify(JSON.parse(await servedDocument(join(workDir, 'data'))), null, 2));
    const redocly = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--config', join(ROOT, 'redocly.yaml'), documentPath], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    return redocly.status ?? 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
