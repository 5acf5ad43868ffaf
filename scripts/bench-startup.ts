/**
 * Time from process start to the first answered request on the embedded default.
 *   npm run bench:startup
 * Three rounds, each on a new temporary data directory: a first start (PGlite initdb + migrations),
 * then a second start on the directory the first left; polls GET /health/live, prints each time and the median.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 3;
const ROOT = join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function firstAnswerMs(dataDir: string): Promise<number> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (answered) return performance.now() - startedAt;
      if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
      if (performance.now() - startedAt > 60_000) throw new Error('no answer within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-'));
    try {
      cold.push(await firstAnswerMs(dataDir));
      warm.push(await firstAnswerMs(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const show = (values: number[]) => `${values.map((v) => v.toFixed(0)).join(', ')} ms (median ${median(values).toFixed(0)} ms)`;
  process.stdout.write(`node ${process.version}, ${RUNS} runs each, process start → first 200 on GET /health/live\n`);
  process.stdout.write(`new data directory (initdb + migrations): ${show(cold)}\n`);
  process.stdout.write(`second start on that data directory:     ${show(warm)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
