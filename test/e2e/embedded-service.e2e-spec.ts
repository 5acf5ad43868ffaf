import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, runTs, waitForOutput } from '../support/service-process';

const READY = /Promenade is ready in \d+ ms — API docs: (http:\/\/localhost:\d+)\/docs/;

/** `npm start` as a user runs it: its own process, the embedded database in a data directory. */
describe('the service on the embedded database', () => {
  let dataDir: string;

  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'promenade-service-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const port = await freePort();
    const child = runTs('src/main.ts', [], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' });
    const output = await waitForOutput(child, READY);
    return { child, url: READY.exec(output)![1] };
  }

  it('keeps its data across a restart, serves CLI scripts through its socket, and shuts down on SIGTERM', async () => {
    const first = await start();
    const created = await fetch(`${first.url}/api/v1/ordering/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', currency: 'EUR', lines: [] }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // While the service runs, a CLI script reaches the same database through the socket under DATA_DIR.
    const cli = runTs('scripts/migration.ts', ['show'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    const listing = await waitForOutput(cli, /\[x\] CreateShipments\d+/);
    expect(listing).toContain(`psql -h ${join(dataDir, 'run')}`);
    expect(await exited(cli)).toEqual({ code: 0, signal: null });

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'run', '.s.PGSQL.5432'))).toBe(false);

    const second = await start();
    try {
      const again = await fetch(`${second.url}/api/v1/ordering/orders/${id}`);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { id: string }).id).toBe(id);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  });
});
