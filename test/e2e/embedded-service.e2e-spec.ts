import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUp } from '../support/auth';
import { exited, freePort, runTs, waitForOutput } from '../support/service-process';
import { eventually } from '../support/test-app';

const READY = /Promenade is ready in \d+ ms — API docs: (http:\/\/localhost:\d+)\/docs/;

/** `npm start` as a user runs it: its own process, the embedded database in a data directory. */
describe('the service on the embedded database', () => {
  let dataDir: string;

  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'promenade-service-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const port = await freePort();
    const child = runTs('src/main.ts', [], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    });
    let log = '';
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const output = await waitForOutput(child, READY);
    // pino writes asynchronously: lines logged during start-up may arrive just after the ready line.
    return { child, url: READY.exec(output)![1], log: () => log };
  }

  it('keeps its data and its signing key across a restart, serves CLI scripts (migrations, create-admin) through its socket, and shuts down on SIGTERM', async () => {
    const first = await start();
    // No credentials are built in: the first start makes its own signing key and says how to make an administrator.
    await eventually(async () => first.log().includes('No administrator yet. Create one with: npm run cli -- create-admin') || undefined);
    expect(first.log()).toContain('generated a development signing key');
    // A customer signs up through this process's API (signUp needs only the URL when no roles are set).
    const customer = await signUp({ url: first.url });
    const created = await fetch(`${first.url}/api/v1/ordering/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...customer.headers },
      body: JSON.stringify({ currency: 'EUR', lines: [] }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // While the service runs, a CLI script reaches the same database through the socket under DATA_DIR.
    const cli = runTs('scripts/migration.ts', ['show'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    const listing = await waitForOutput(cli, /\[x\] CreateShipments\d+/);
    expect(listing).toContain(`psql -h ${join(dataDir, 'run')}`);
    expect(await exited(cli)).toEqual({ code: 0, signal: null });
    const admin = runTs(
      'scripts/cli.ts',
      ['create-admin', '--email', 'root@example.com', '--password', 'a long administrator passphrase'],
      { DATA_DIR: dataDir, DATABASE_URL: '' },
    );
    expect(await waitForOutput(admin, /"created": true/)).toContain('"status": "active"');
    expect(await exited(admin)).toEqual({ code: 0, signal: null });

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'run', '.s.PGSQL.5432'))).toBe(false);

    const second = await start();
    try {
      // The development signing key is kept under DATA_DIR, so a token from before the restart still works.
      const again = await fetch(`${second.url}/api/v1/ordering/orders/${id}`, { headers: customer.headers });
      expect(again.status).toBe(200);
      expect((await again.json()) as { id: string; userId: string }).toMatchObject({ id, userId: customer.userId });
      expect((await fetch(`${second.url}/api/v1/ordering/orders/${id}`)).status).toBe(401);
      // Its key was kept and an administrator exists now: neither start-up warning again.
      expect(second.log()).not.toContain('generated a development signing key');
      expect(second.log()).not.toContain('No administrator yet');
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  });
});
