/**
 * What a Redis outage costs a request.
 *   npm run bench:redis-outage                the machine's PostgreSQL (TEST_DATABASE_URL) and a private redis-server
 * Starts the service on a fresh database and a redis-server of its own (never the machine's Redis), and
 * times the routes that use Redis on the request path (the deny-list, the rate limit, the reference
 * cache) one request at a time: with Redis up, with Redis crashed (its port refuses connections), and
 * with Redis hung (SIGSTOP: its connections stay open and answer nothing), from the first request of
 * the outage on. Prints median, 95th percentile and the slowest request per route, in ms.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { RedisConnection } from '@promenade/platform';
import { signUp } from '../test/support/auth';
import { createFreshDatabase } from '../test/support/fresh-database';
import { startPrivateRedis } from '../test/support/private-redis';
import { eventually, startTestApp } from '../test/support/test-app';

const ROUNDS = 40;
const ORDER = { currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function main(): Promise<void> {
  const redis = await startPrivateRedis();
  const database = await createFreshDatabase();
  const app = await startTestApp({
    DATABASE_URL: database.url,
    MIGRATIONS_RUN: 'auto',
    REDIS_URL: redis.url,
    EVENT_QUEUE_PREFIX: 'bench-outage',
  });
  const connection = app.app.get(RedisConnection);
  const redisLines: string[] = [];
  for (const level of ['warn', 'log'] as const) {
    const original = Logger.prototype[level];
    Logger.prototype[level] = function (this: Logger & { context?: string }, message: unknown, ...rest: unknown[]) {
      if (this.context === 'Redis') redisLines.push(String(message));
      return original.call(this, message, ...rest);
    };
  }
  try {
    const user = await signUp(app);
    const call = (method: string, path: string, body?: object, headers: Record<string, string> = user.headers) =>
      fetch(`${app.url}/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body && JSON.stringify(body),
      });
    const routes: Record<string, () => Promise<Response>> = {
      'GET /identity/users/me': () => call('GET', '/identity/users/me'),
      'GET /ordering/orders': () => call('GET', '/ordering/orders'),
      'POST /ordering/orders': () => call('POST', '/ordering/orders', ORDER),
      'GET /reference/currencies/EUR': () => call('GET', '/reference/currencies/EUR', undefined, {}),
      'POST /identity/auth/login': () => call('POST', '/identity/auth/login', { email: user.email, password: user.password }, {}),
    };
    const measure = async (label: string) => {
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(routes).map((route) => [route, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const [route, send] of Object.entries(routes)) {
          const start = performance.now();
          const response = await send();
          await response.arrayBuffer();
          times[route].push(performance.now() - start);
          if (response.status >= 300) throw new Error(`${route} answered ${response.status} (${label})`);
        }
      }
      console.log(`\n${label}`);
      for (const [route, values] of Object.entries(times)) {
        const sorted = [...values].sort((a, b) => a - b);
        const ms = (value: number) => value.toFixed(1).padStart(7);
        console.log(
          `  ${route.padEnd(30)} median ${ms(percentile(sorted, 0.5))}  p95 ${ms(percentile(sorted, 0.95))}  max ${ms(sorted[sorted.length - 1])}`,
        );
      }
    };
    for (const send of Object.values(routes)) await send(); // warm up: caches filled, code paths compiled

    await measure('Redis up');
    await redis.kill();
    await measure('Redis crashed (from the first request after the kill)');
    await redis.restart();
    await eventually(async () => (connection.available ? true : undefined), 10_000);
    await measure('Redis back (restarted empty)');
    redis.freeze();
    try {
      await measure('Redis hung (SIGSTOP, from the first request of the outage)');
    } finally {
      redis.thaw();
    }
    await eventually(async () => (connection.available ? true : undefined), 10_000);
    console.log(`\nlogged by the Redis connection:\n  ${redisLines.join('\n  ')}`);
  } finally {
    await app.close();
    await database.drop();
    await redis.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
