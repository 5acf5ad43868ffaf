import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { RedisConnection } from '@promenade/platform';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { logIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const ORDER = { currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] };
const PAYMENT = { paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' };

/**
 * The service on the real PostgreSQL and a Redis of this file's own (test/support/private-redis), which
 * the tests crash and restart empty: the machine's Redis, that other suites share, is never touched.
 */
describe('Redis down for a while', () => {
  let redis: PrivateRedis;
  let database: FreshDatabase;
  let testApp: TestApp;
  let connection: RedisConnection;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createFreshDatabase();
    testApp = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL: redis.url,
      EVENT_QUEUE_PREFIX: `outage-${randomUUID().slice(0, 8)}`,
      OUTBOX_POLL_MS: '200',
    });
    connection = testApp.app.get(RedisConnection);
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
    await redis?.close();
  });

  afterEach(() => jest.restoreAllMocks());

  /** Crashes Redis and waits until the shared connection has seen it go (the circuit is open). */
  const crashRedis = async () => {
    await redis.kill();
    await eventually(async () => (connection.available ? undefined : true), 10_000);
  };
  const restartRedis = async () => {
    await redis.restart();
    await eventually(async () => (connection.available ? true : undefined), 10_000);
  };
  /** What the shared connection (the `Redis` logger) logged through this spy. */
  const redisLines = (spy: jest.SpyInstance) =>
    spy.mock.calls
      .filter((_, call) => (spy.mock.contexts[call] as { context?: string }).context === 'Redis')
      .map(([message]) => String(message));

  it('keeps the events in the outbox while Redis is away and delivers them once it is back', async () => {
    const http = request(testApp.url);
    const dataSource = testApp.app.get(DataSource);
    const [customer, manager] = [await signUp(testApp), await signUp(testApp, { roles: ['manager'] })];
    await crashRedis();

    const { body } = await http.post('/api/v1/ordering/orders').set(customer.headers).send(ORDER).expect(201);
    await http.post(`/api/v1/ordering/orders/${body.id}/place`).set(customer.headers).send(PAYMENT).expect(200); // commits: the database is up
    await new Promise((resolve) => setTimeout(resolve, 1000)); // several relay passes fail meanwhile
    const unsent = await dataSource.query(`SELECT count(*)::int AS n FROM messaging.outbox WHERE aggregate_id = $1 AND sent_at IS NULL`, [
      body.id,
    ]);
    expect(unsent).toEqual([{ n: 1 }]);
    expect((await http.get('/health/ready')).status).toBe(503);
    // Identity's Redis state degrades to this instance: logins are counted locally, and a logout still holds here.
    await http.post('/api/v1/identity/auth/login').send({ email: customer.email, password: customer.password }).expect(200);
    await http.post('/api/v1/identity/auth/logout').set(manager.headers).expect(204);
    await http.get('/api/v1/identity/users/me').set(manager.headers).expect(401);

    await restartRedis();
    const staff = { headers: (await logIn(testApp, manager.email, manager.password)).headers };
    await eventually(async () => {
      const { body: page } = await http.get(`/api/v1/shipping/shipments?orderId=${body.id}`).set(staff.headers).expect(200);
      return page.total === 1 ? true : undefined;
    }, 30_000);
    await eventually(async () => ((await http.get('/health/ready')).status === 200 ? true : undefined), 10_000);
  }, 60_000);

  it('answers every request-path route without sending Redis a single command while it is down, and logs the outage once when it starts and once when it ends', async () => {
    const http = request(testApp.url);
    const customer = await signUp(testApp);
    await http.get('/api/v1/reference/currencies/EUR').expect(200); // cached in Redis while it is up
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const notes = jest.spyOn(Logger.prototype, 'log');
    let failedAttempts = 0;
    const countAttempt = () => failedAttempts++;
    connection.client!.on('error', countAttempt);

    await crashRedis();
    await eventually(async () => (failedAttempts >= 3 ? true : undefined), 10_000); // several reconnection attempts have failed
    const sent = jest.spyOn(connection.client!, 'sendCommand');
    await http.get('/api/v1/identity/users/me').set(customer.headers).expect(200); // the deny-list
    await http.get('/api/v1/ordering/orders').set(customer.headers).expect(200);
    await http.post('/api/v1/ordering/orders').set(customer.headers).send(ORDER).expect(201);
    const { body: euro } = await http.get('/api/v1/reference/currencies/EUR').expect(200); // the reference cache
    expect(euro).toMatchObject({ code: 'EUR', minorUnits: 2 });
    await http.post('/api/v1/identity/auth/login').send({ email: customer.email, password: customer.password }).expect(200); // the rate limit
    expect(connection.available).toBe(false);
    expect(sent).not.toHaveBeenCalled(); // the circuit was open: every route went its way without Redis

    await restartRedis();
    connection.client!.off('error', countAttempt);
    await http.get('/api/v1/identity/users/me').set(customer.headers).expect(200);
    expect(sent.mock.calls.map(([command]) => command.name)).toContain('exists'); // closed again: the deny-list asks Redis
    expect(redisLines(warnings)).toEqual([expect.stringMatching(/^Redis unavailable \(/)]);
    expect(redisLines(notes)).toEqual([expect.stringMatching(/^Redis back after \d+ ms$/)]);
  }, 60_000);

  it('drops a connection to a hung Redis at its first unanswered command, then sends nothing until Redis answers again', async () => {
    const http = request(testApp.url);
    const customer = await signUp(testApp);
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    redis.freeze();
    try {
      await http.get('/api/v1/identity/users/me').set(customer.headers).expect(200); // its deny-list check times out: the request goes on
      await eventually(async () => (connection.available ? undefined : true), 10_000); // the silent connection was dropped
      const sent = jest.spyOn(connection.client!, 'sendCommand');
      await http.get('/api/v1/identity/users/me').set(customer.headers).expect(200);
      await http.get('/api/v1/reference/currencies/EUR').expect(200);
      expect(sent).not.toHaveBeenCalled();
    } finally {
      redis.thaw();
    }
    await eventually(async () => (connection.available ? true : undefined), 10_000);
    expect(redisLines(warnings).filter((line) => line.startsWith('Redis unavailable'))).toEqual([
      expect.stringContaining('Socket timeout'),
    ]);
  }, 60_000);
});
