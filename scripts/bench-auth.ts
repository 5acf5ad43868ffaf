/**
 * What authentication costs.
 *   npm run bench:auth                      embedded database in a temporary directory
 *   DATABASE_URL=postgres://… JWT_SECRET=… npm run bench:auth     a real PostgreSQL (its schema is migrated)
 * Prints argon2id hash and verify times (the cost of a login or registration), and requests per second
 * of a public route without a token against a protected one with a token (JWT verification, the
 * deny-list and the user's row and roles), through the real HTTP stack, 10 clients for 5 s each.
 * Also the median of a refused login for an existing address (wrong password) and for an unknown one,
 * interleaved, one client: the two should not differ by more than noise (no lock is reached: the limit is raised).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as argon2 from 'argon2';
import { ARGON2_OPTIONS } from '../src/contexts/identity/infrastructure/auth/argon2-password.hasher';
import { createApp } from '../src/bootstrap';

const CLIENTS = 10;
const SECONDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(work: () => Promise<unknown>, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function throughput(url: string, headers: Record<string, string>): Promise<number> {
  const deadline = performance.now() + SECONDS * 1000;
  let answered = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const response = await fetch(url, { headers });
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
        answered++;
      }
    }),
  );
  return answered / SECONDS;
}

const REFUSALS = 200;

/** Refused logins, existing and unknown address in turn, so that drift (JIT, caches, load) touches both alike. */
async function refusedLoginMedians(
  refuse: (email: string) => Promise<Response>,
  existing: string,
): Promise<{ existing: number; unknown: number }> {
  const times = { existing: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < REFUSALS; i++) {
    for (const [kind, email] of [
      ['existing', existing],
      ['unknown', `nobody-${i}-${Date.now()}@example.com`],
    ] as const) {
      const start = performance.now();
      const response = await refuse(email);
      await response.arrayBuffer();
      if (response.status !== 401) throw new Error(`a refused login answered ${response.status}`);
      times[kind].push(performance.now() - start);
    }
  }
  return { existing: median(times.existing), unknown: median(times.unknown) };
}

async function main(): Promise<void> {
  const hash = await argon2.hash('correct horse battery staple', ARGON2_OPTIONS);
  const hashMs = await timed(() => argon2.hash('correct horse battery staple', ARGON2_OPTIONS), 20);
  const verifyMs = await timed(() => argon2.verify(hash, 'correct horse battery staple'), 20);

  const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-auth-'));
  Object.assign(process.env, {
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    MIGRATIONS_RUN: 'auto',
    RATE_LIMIT_REGISTER_PER_MINUTE: '100',
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    LOGIN_MAX_FAILURES: '100000',
  });
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('localhost', '127.0.0.1');
  try {
    const credentials = { email: `bench-${Date.now()}@example.com`, password: 'correct horse battery staple' };
    const post = (path: string, body: object) =>
      fetch(`${base}/api/v1/identity/auth/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('register', { ...credentials, displayName: 'Bench' });
    const { accessToken } = (await (await post('login', credentials)).json()) as { accessToken: string };
    const loginMs = await timed(() => post('login', credentials), 10);
    const refused = await refusedLoginMedians((email) => post('login', { email, password: 'not the password at all' }), credentials.email);
    const open = await throughput(`${base}/health/live`, {});
    const authenticated = await throughput(`${base}/api/v1/identity/users/me`, { authorization: `Bearer ${accessToken}` });
    const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
    console.log(`argon2id (19 MiB, t=2, p=1): hash median ${hashMs.toFixed(1)} ms, verify median ${verifyMs.toFixed(1)} ms`);
    console.log(`POST /identity/auth/login, ${database}: median ${loginMs.toFixed(1)} ms (verify + session row + JWT)`);
    console.log(
      `POST /identity/auth/login refused, ${database}: existing address median ${refused.existing.toFixed(1)} ms, unknown address median ${refused.unknown.toFixed(1)} ms (${REFUSALS} each, interleaved)`,
    );
    console.log(`GET /health/live, public, no token: ${Math.round(open)} requests/s (${CLIENTS} clients, ${SECONDS} s)`);
    console.log(
      `GET /identity/users/me with a token, ${database}: ${Math.round(authenticated)} requests/s (${CLIENTS} clients, ${SECONDS} s)`,
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
