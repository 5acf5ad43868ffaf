/**
 * Promenade's per-request cost against bare floors measured in the same run; prints the table and writes it into
 * docs/benchmarks.md.
 *   npm run bench:http      (builds first; needs the machine's PostgreSQL and Redis: BENCH_DATABASE_URL, BENCH_REDIS_URL)
 * The service runs as `npm start` runs it (`node dist/src/main.js`, role `all`, default settings) on a new database, with
 * Redis and the bullmq transport; the floor is bare Fastify (+ pg) in its own process (scripts/bench-http-floor.ts).
 * Each row is measured in BENCH_HTTP_ROUNDS (3) rounds that alternate the two sides, BENCH_HTTP_SECONDS (5) each, after
 * a warm-up round of each, with autocannon at BENCH_HTTP_CONNECTIONS (32); the table gives medians and the ratio of medians.
 * Then a second instance joins, and the script times how long a logout, a suspension, a role change and a password
 * change made through one instance take to be refused by the other (BENCH_HTTP_PROPAGATION_TRIALS, 5 each).
 * BENCH_HTTP_PROFILE=<dir> profiles the first instance (docs/profiles/ holds such profiles and their reading).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { FloorFixtures } from './bench-http-floor';
import { markdownTable, measuredOn, writeBenchmarkSection } from './support/benchmarks-doc';
import { freePort, median } from './support/measure';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 32);
const PROPAGATION_TRIALS = Number(process.env.BENCH_HTTP_PROPAGATION_TRIALS ?? 5);
/** A directory: the first service instance writes a CPU profile of the whole run there (node --cpu-prof) as it stops. */
const PROFILE_DIR = process.env.BENCH_HTTP_PROFILE;
const ROOT = join(__dirname, '..');
const RUN = randomBytes(4).toString('hex');
const JWT_SECRET = randomBytes(32).toString('base64url');
const PASSWORD = 'correct horse battery staple 42';

/** The part of autocannon's API used here (it ships no types). */
interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
const autocannon = createRequire(__filename)('autocannon') as (
  options: Load & { connections: number; duration: number },
) => Promise<AutocannonResult>;

interface Measured {
  perSecond: number;
  p99: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a process and resolves once it prints `ready`. */
async function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  await new Promise<void>((resolve, reject) => {
    const check = () => ready.test(output) && resolve();
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
  // From here on its output is read and dropped, so that a chatty process neither blocks on a full pipe nor costs this one.
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.removeAllListeners('data');
    stream.resume();
  }
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function startService(databaseUrl: string, dataDir: string, profileDir?: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = await startProcess(
    [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'dist/src/main.js'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      EVENT_TRANSPORT: 'bullmq',
      EVENT_QUEUE_PREFIX: `promenade-bench-http-${RUN}`,
      JWT_SECRET,
      MIGRATIONS_RUN: 'auto',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
      RATE_LIMIT_REGISTER_PER_MINUTE: '1000',
    },
    /Promenade is ready/,
  );
  return { child, url: `http://127.0.0.1:${port}` };
}

/** An answer; the fields read here (ids, tokens) are strings. */
interface Answer {
  status: number;
  body: Record<string, string>;
}

async function call(url: string, method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, string>) : {} };
}

async function expectOk(answer: Promise<Answer>): Promise<Record<string, string>> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`unexpected ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** A signed-in user: registered, logged in; `admin` ones get the admin role straight in the database. */
async function signIn(url: string, db: Client, name: string, admin = false): Promise<{ userId: string; email: string; token: string }> {
  const email = `${name}-${RUN}@bench.example`;
  const { id: userId } = await expectOk(
    call(url, 'POST', '/api/v1/identity/auth/register', { email, password: PASSWORD, displayName: name }),
  );
  if (admin) await db.query(`UPDATE identity.users SET roles = $1 WHERE id = $2`, [['admin'], userId]);
  const { accessToken } = await expectOk(call(url, 'POST', '/api/v1/identity/auth/login', { email, password: PASSWORD }));
  return { userId, email, token: accessToken };
}

async function measure(load: Load): Promise<Measured> {
  const result = await autocannon({ ...load, connections: CONNECTIONS, duration: SECONDS });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${load.method ?? 'GET'} ${load.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { perSecond: result.requests.average, p99: result.latency.p99 };
}

interface Row {
  what: string;
  subject: Load;
  floorName?: string;
  floor?: Load;
}

/** A warm-up of each side, then ROUNDS rounds alternating subject and floor; medians of each. */
async function compare(row: Row): Promise<{ subject: Measured; floor?: Measured }> {
  await measure(row.subject);
  if (row.floor) await measure(row.floor);
  const subject: Measured[] = [];
  const floor: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    subject.push(await measure(row.subject));
    if (row.floor) floor.push(await measure(row.floor));
  }
  const summary = (runs: Measured[]) => ({ perSecond: median(runs.map((run) => run.perSecond)), p99: median(runs.map((run) => run.p99)) });
  return { subject: summary(subject), floor: row.floor ? summary(floor) : undefined };
}

/** Milliseconds from `change()` answering on one instance until `refused()` holds on the other, polled every 5 ms. */
async function propagation(change: () => Promise<unknown>, refused: () => Promise<boolean>): Promise<number> {
  await change();
  const since = performance.now();
  while (!(await refused())) {
    if (performance.now() - since > 10_000) throw new Error('not refused within 10 s');
    await sleep(5);
  }
  return performance.now() - since;
}

async function main(): Promise<void> {
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  const name = `promenade_bench_http_${RUN}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const databaseUrl = SERVER.replace(/\/[^/]*$/, `/${name}`);
  const db = new Client({ connectionString: databaseUrl });
  const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-http-'));
  const children: ChildProcess[] = [];
  try {
    const service = await startService(databaseUrl, dataDir, PROFILE_DIR);
    children.push(service.child);
    await db.connect();
    const customer = await signIn(service.url, db, 'customer');
    const orderBody = { currency: 'EUR', lines: [{ sku: 'BENCH-1', quantity: 2, unitPrice: { amount: 1999, currency: 'EUR' } }] };
    const { id: orderId } = await expectOk(call(service.url, 'POST', '/api/v1/ordering/orders', orderBody, customer.token));

    const fixtures: FloorFixtures = { answers: {}, ...(await storedOrder(db, orderId)) };
    for (const path of ['/health/live', '/api/v1/reference/countries/ua']) {
      const response = await fetch(`${service.url}${path}`);
      fixtures.answers[path] = { body: await response.text(), contentType: response.headers.get('content-type')! };
    }
    const fixturesFile = join(dataDir, 'floor-fixtures.json');
    writeFileSync(fixturesFile, JSON.stringify(fixtures));
    const floorPort = await freePort();
    children.push(
      await startProcess(
        ['-r', 'ts-node/register', 'scripts/bench-http-floor.ts'],
        { FLOOR_PORT: String(floorPort), FLOOR_DATABASE_URL: databaseUrl, FLOOR_JWT_SECRET: JWT_SECRET, FLOOR_FIXTURES: fixturesFile },
        /floor ready/,
      ),
    );
    const floor = `http://127.0.0.1:${floorPort}`;
    const bearer = { authorization: `Bearer ${customer.token}` };
    const orders = { method: 'POST' as const, headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify(orderBody) };
    const country = '/api/v1/reference/countries/ua';

    const rows: Row[] = [
      {
        what: '`GET /health/live`',
        subject: { url: `${service.url}/health/live` },
        floorName: 'bare Fastify, same bytes',
        floor: { url: `${floor}/health/live` },
      },
      {
        what: '`GET /reference/countries/ua`, no token (cached)',
        subject: { url: `${service.url}${country}` },
        floorName: 'bare Fastify, same bytes',
        floor: { url: `${floor}${country}` },
      },
      {
        what: 'the same with a valid bearer token',
        subject: { url: `${service.url}${country}`, headers: bearer },
        floorName: 'the same route without a token',
        floor: { url: `${service.url}${country}` },
      },
      { what: '`GET /identity/users/me`', subject: { url: `${service.url}/api/v1/identity/users/me`, headers: bearer } },
      {
        what: '`POST /ordering/orders` (validate, command, insert, outbox)',
        subject: { url: `${service.url}/api/v1/ordering/orders`, ...orders },
        floorName: 'bare Fastify + pg: token, same rules, the same rows in one transaction',
        floor: { url: `${floor}/api/v1/ordering/orders`, ...orders },
      },
    ];
    const table: string[][] = [];
    for (const row of rows) {
      const { subject, floor: floorRun } = await compare(row);
      const cells = [
        row.what,
        `${Math.round(subject.perSecond).toLocaleString('en')} req/s (p99 ${subject.p99} ms)`,
        floorRun ? `${row.floorName}: ${Math.round(floorRun.perSecond).toLocaleString('en')} req/s` : '—',
        floorRun ? (subject.perSecond / floorRun.perSecond).toFixed(2) : '—',
      ];
      process.stdout.write(`${cells.join(' | ')}\n`);
      table.push(cells);
    }

    // Revocation across instances: a second instance on the same database and Redis.
    const second = await startService(databaseUrl, dataDir);
    children.push(second.child);
    const staff = await signIn(service.url, db, 'staff', true);
    const refusedOn = async (token: string, path = '/api/v1/identity/users/me') =>
      (await call(second.url, 'GET', path, undefined, token)).status >= 400;
    const changes: Record<string, () => Promise<number>> = {
      logout: async () => {
        const user = await signIn(service.url, db, `logout-${randomBytes(3).toString('hex')}`);
        await expectOk(call(second.url, 'GET', '/api/v1/identity/users/me', undefined, user.token));
        return propagation(
          () => expectOk(call(service.url, 'POST', '/api/v1/identity/auth/logout', undefined, user.token)),
          () => refusedOn(user.token),
        );
      },
      suspension: async () => {
        const user = await signIn(service.url, db, `suspend-${randomBytes(3).toString('hex')}`);
        await expectOk(call(second.url, 'GET', '/api/v1/identity/users/me', undefined, user.token));
        return propagation(
          () => expectOk(call(service.url, 'POST', `/api/v1/identity/users/${user.userId}/suspend`, undefined, staff.token)),
          () => refusedOn(user.token),
        );
      },
      'role change': async () => {
        const user = await signIn(service.url, db, `demote-${randomBytes(3).toString('hex')}`, true);
        await expectOk(call(second.url, 'GET', '/api/v1/identity/users', undefined, user.token));
        return propagation(
          () => expectOk(call(service.url, 'PUT', `/api/v1/identity/users/${user.userId}/roles`, { roles: ['user'] }, staff.token)),
          () => refusedOn(user.token, '/api/v1/identity/users'),
        );
      },
      'password change': async () => {
        const user = await signIn(service.url, db, `password-${randomBytes(3).toString('hex')}`);
        await expectOk(call(second.url, 'GET', '/api/v1/identity/users/me', undefined, user.token));
        const body = { currentPassword: PASSWORD, newPassword: `${PASSWORD} changed` };
        return propagation(
          () => expectOk(call(service.url, 'PATCH', '/api/v1/identity/users/me/password', body, user.token)),
          () => refusedOn(user.token),
        );
      },
    };
    const propagationRows: string[][] = [];
    for (const [change, trial] of Object.entries(changes)) {
      const times: number[] = [];
      for (let n = 0; n < PROPAGATION_TRIALS; n++) times.push(await trial());
      const cells = [change, `${median(times).toFixed(0)} ms`, `${Math.max(...times).toFixed(0)} ms`];
      process.stdout.write(`${cells.join(' | ')}\n`);
      propagationRows.push(cells);
    }

    writeBenchmarkSection(
      'bench:http',
      [
        `Measured on ${measuredOn()}; ${CONNECTIONS} connections, medians of ${ROUNDS} alternating rounds of ${SECONDS} s.`,
        '',
        markdownTable(['route / path', 'Promenade', 'floor, same run', 'ratio'], table),
        '',
        `Refused on the other instance after the change answered (${PROPAGATION_TRIALS} trials each, polled every 5 ms):`,
        '',
        markdownTable(['change', 'median', 'slowest'], propagationRows),
      ].join('\n'),
    );
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The order row the service stored, and the outbox rows it wrote with it (none while a draft announces nothing): what the floor's transaction writes again. */
async function storedOrder(db: Client, orderId: string): Promise<Pick<FloorFixtures, 'order' | 'outbox'>> {
  const { rows: orders } = await db.query(`SELECT * FROM ordering.orders WHERE id = $1`, [orderId]);
  const { rows: outbox } = await db.query(`SELECT * FROM messaging.outbox WHERE aggregate_id = $1 AND target_handler IS NULL`, [orderId]);
  if (orders.length !== 1) throw new Error(`order ${orderId}: ${orders.length} rows`);
  return { order: orders[0], outbox };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:http failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
