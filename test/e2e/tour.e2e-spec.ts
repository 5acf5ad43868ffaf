import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, runTs, waitForOutput } from '../support/service-process';

const ROOT = join(__dirname, '../..');
const READY = /Promenade is ready in \d+ ms/;
const TOUR_TIMEOUT_MS = 240_000;

/** docs/tour.sh, the README's walk through the API, run against the real service process, so it cannot go stale. */
describe('the API tour (docs/tour.sh)', () => {
  let dataDir: string;
  let service: ChildProcess | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'promenade-tour-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    service = runTs('src/main.ts', [], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' });
    await waitForOutput(service, READY);
  });

  afterAll(async () => {
    if (service) {
      const stopped = exited(service);
      service.kill('SIGTERM');
      const forced = setTimeout(() => service?.kill('SIGKILL'), 30_000);
      await stopped;
      clearTimeout(forced);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'runs to its end: a customer orders, Shipping reacts, staff made with the CLI ship and deliver',
    async () => {
      const tour = spawn('bash', [join(ROOT, 'docs/tour.sh')], {
        cwd: ROOT,
        env: { ...process.env, BASE_URL: baseUrl, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      tour.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      tour.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const killer = setTimeout(() => tour.kill('SIGKILL'), TOUR_TIMEOUT_MS - 10_000);
      const result = await exited(tour);
      clearTimeout(killer);

      expect({ ...result, output }).toEqual({
        code: 0,
        signal: null,
        output: expect.stringMatching(/tour complete: order \S+, shipment \S+ delivered/),
      });
    },
    TOUR_TIMEOUT_MS,
  );
});
