/**
 * What serving reference data through the application costs.
 *   npm run bench:reference                         embedded database, in-memory cache
 *   REDIS_URL=redis://… npm run bench:reference     the cache in Redis
 * Prints requests per second of `GET /api/v1/reference/countries/{code}` through the real HTTP stack
 * (routing, guard, validation, query bus, cache, problem filter, ETag), of the same request revalidated
 * with If-None-Match (304, no body), of `GET /health/live` (the same stack doing no work: its best), and
 * of a bare `node:http` server answering the same JSON: the ceiling, what Node alone does per request.
 * Same client loop for all, 10 clients for 5 s each, in this process.
 * It runs under its own random EVENT_QUEUE_PREFIX (`bench-…`), so in a shared Redis it neither reads nor
 * forgets a live deployment's cache (nor takes its queued events), and it deletes its own keys at the end.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { createApp } from '../src/bootstrap';

const CLIENTS = 10;
const SECONDS = 5;
const CODES = ['DE', 'FR', 'deu', 'JP', 'br', 'USA'];

interface BenchRequest {
  url: string;
  headers?: Record<string, string>;
}

/** Requests answered per second; each client asks for the next code in turn. */
async function throughput(requestOf: (code: string) => BenchRequest, expected: number): Promise<number> {
  const deadline = performance.now() + SECONDS * 1000;
  let answered = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i++) {
        const { url, headers } = requestOf(CODES[i % CODES.length]);
        const response = await fetch(url, { headers });
        if (response.status !== expected) throw new Error(`${response.url} answered ${response.status}`);
        await response.arrayBuffer();
        answered++;
      }
    }),
  );
  return answered / SECONDS;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-reference-'));
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, { LOG_LEVEL: 'silent', DATA_DIR: dataDir, MIGRATIONS_RUN: 'auto', EVENT_QUEUE_PREFIX: prefix });
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  const origin = (await app.getUrl()).replace('localhost', '127.0.0.1');
  const base = `${origin}/api/v1/reference/countries`;

  // The bare server answers each code with the very bytes the application answers.
  const bodies = new Map<string, string>();
  for (const code of CODES) bodies.set(code, await (await fetch(`${base}/${code}`)).text());
  const bare = createServer((request, response) => {
    const body = bodies.get((request.url ?? '').slice(1));
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

  try {
    const etags = new Map<string, string>();
    for (const code of CODES) etags.set(code, (await fetch(`${base}/${code}`)).headers.get('etag')!);
    const viaApp = await throughput((code) => ({ url: `${base}/${code}` }), 200);
    const revalidated = await throughput((code) => ({ url: `${base}/${code}`, headers: { 'if-none-match': etags.get(code)! } }), 304);
    const health = await throughput(() => ({ url: `${origin}/health/live` }), 200);
    const viaBare = await throughput((code) => ({ url: `${bareUrl}/${code}` }), 200);
    const cache = process.env.REDIS_URL ? 'Redis cache (REDIS_URL)' : 'in-memory cache';
    console.log(`GET /reference/countries/{code}, ${cache}: ${Math.round(viaApp)} requests/s (${CLIENTS} clients, ${SECONDS} s)`);
    console.log(`the same with If-None-Match (304, no body): ${Math.round(revalidated)} requests/s`);
    console.log(`GET /health/live, the same stack doing no work: ${Math.round(health)} requests/s`);
    console.log(`bare node:http answering the same JSON: ${Math.round(viaBare)} requests/s`);
    console.log(`the application serves ${Math.round((viaApp / viaBare) * 100)}% of the bare server's rate`);
  } finally {
    bare.close();
    await app.close();
    if (process.env.REDIS_URL) await deleteKeys(process.env.REDIS_URL, [`${prefix}:*`, `bull:${prefix}.*`]); // its cache and its queues
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Deletes the keys matching the patterns, once the application has stopped (SCAN, never KEYS: a shared Redis keeps serving). */
async function deleteKeys(url: string, patterns: string[]): Promise<void> {
  const redis = new Redis(url);
  try {
    for (const match of patterns) {
      for await (const keys of redis.scanStream({ match, count: 500 }) as AsyncIterable<string[]>) {
        if (keys.length) await redis.del(...keys);
      }
    }
  } finally {
    await redis.quit();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
