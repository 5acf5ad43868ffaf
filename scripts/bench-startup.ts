/**
 * What `npm start` costs on the embedded default: the build, then process start to the first answer, each beside a
 * reference measured in the same run.
 *   npm run bench:startup
 * Build, on a deleted `dist/`, three times each, alternating: `npm run build` (scripts/build.ts, what `npm start` runs)
 * and `nest build`, which compiles the same files with the same SWC options through @swc/cli. Start: three rounds, each
 * on a new temporary data directory: a first start (PGlite initdb + migrations), then a second start on the directory the
 * first left, each polling GET /health/live; their floor is bare Fastify in its own process answering the same route.
 * Medians, and the ratio of each median to its reference's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measuredOn } from './support/benchmarks-doc';
import { freePort, median } from './support/measure';

const RUNS = 3;
const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

/** Runs a node script to completion on a deleted dist/; its run time in ms, or a failure with what it printed. */
function cleanBuildMs(args: string[]): Promise<number> {
  rmSync(DIST, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(performance.now() - startedAt) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

const npmBuildMs = () => cleanBuildMs([join(ROOT, 'node_modules/ts-node/dist/bin.js'), join(ROOT, 'scripts/build.ts')]);
const nestBuildMs = () => cleanBuildMs([join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build']);

/** Bare Fastify answering the probe: the floor of a Node HTTP service's start. */
const BARE_FASTIFY = `require('fastify')().get('/health/live', async () => ({ status: 'ok' })).listen({ port: Number(process.env.PORT), host: '127.0.0.1' })`;

async function firstAnswerMs(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (answered) return performance.now() - startedAt;
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
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

const serviceAnswerMs = (dataDir: string) =>
  firstAnswerMs([join(DIST, 'src/main.js')], { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' });

async function main(): Promise<void> {
  const build: number[] = [];
  const nestBuild: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    nestBuild.push(await nestBuildMs());
    build.push(await npmBuildMs()); // last: the starts below run what it built
  }

  const cold: number[] = [];
  const warm: number[] = [];
  const startFloor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    startFloor.push(await firstAnswerMs(['-e', BARE_FASTIFY]));
    const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-'));
    try {
      cold.push(await serviceAnswerMs(dataDir));
      warm.push(await serviceAnswerMs(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const show = (values: number[]) => `${(median(values) / 1000).toFixed(2)} s (${values.map((v) => (v / 1000).toFixed(2)).join(', ')})`;
  const ratio = (values: number[], reference: number[], name: string) =>
    `${show(values)}, ${(median(values) / median(reference)).toFixed(2)}× ${name}`;
  const rows: [string, string][] = [
    ['build: npm run build (scripts/build.ts), dist/ deleted', ratio(build, nestBuild, 'nest build')],
    ['  nest build, the same files through @swc/cli', show(nestBuild)],
    ['first start → GET /health/live 200 (initdb, migrations)', ratio(cold, startFloor, 'the floor')],
    ['second start → GET /health/live 200 (same data dir)', ratio(warm, startFloor, 'the floor')],
    ['  floor: bare Fastify process → 200', show(startFloor)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  process.stdout.write(`${measuredOn()}; medians of ${RUNS} runs (each run in brackets)\n`);
  for (const [label, figures] of rows) process.stdout.write(`${label.padEnd(width)}${figures}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
