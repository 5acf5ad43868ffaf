import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { logIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const REDIS = { host: '127.0.0.1', port: '6379' };
const REDIS_URL = `redis://${REDIS.host}:${REDIS.port}`;
/** The command DEVELOPERS.md gives to start this machine's Redis. */
const START_REDIS = ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', REDIS.port, '--save', '', '--appendonly', 'no', '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log'];

const redisAnswers = () => {
  try {
    return execFileSync('redis-cli', ['-h', REDIS.host, '-p', REDIS.port, 'ping'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG';
  } catch {
    return false;
  }
};

/** Redis stopped between commit and send, then started again: the events wait in the outbox, none lost. */
describe('bullmq with Redis down for a while', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  const prefix = `promenade-outage-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '200',
    });
  });

  afterAll(async () => {
    if (!redisAnswers()) execFileSync('redis-server', START_REDIS);
    await testApp?.close();
    await database?.drop();
    await removeQueues(REDIS_URL, prefix);
  });

  it('keeps the events in the outbox while Redis is away and delivers them once it is back', async () => {
    const http = request(testApp.url);
    const dataSource = testApp.app.get(DataSource);
    const [customer, manager] = [await signUp(testApp), await signUp(testApp, { roles: ['manager'] })];
    execFileSync('redis-cli', ['-h', REDIS.host, '-p', REDIS.port, 'shutdown', 'nosave']);
    await eventually(async () => (redisAnswers() ? undefined : true), 10_000);

    const { body } = await http
      .post('/api/v1/ordering/orders')
      .set(customer.headers)
      .send({ currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] })
      .expect(201);
    await http.post(`/api/v1/ordering/orders/${body.id}/place`).set(customer.headers).expect(200); // commits: the database is up
    await new Promise((resolve) => setTimeout(resolve, 1000)); // several relay passes fail meanwhile
    const unsent = await dataSource.query(`SELECT count(*)::int AS n FROM messaging.outbox WHERE aggregate_id = $1 AND sent_at IS NULL`, [body.id]);
    expect(unsent).toEqual([{ n: 1 }]);
    expect((await http.get('/health/ready')).status).toBe(503);
    // Identity's Redis state degrades to this instance: logins are counted locally, and a logout still holds here.
    await http.post('/api/v1/identity/auth/login').send({ email: customer.email, password: customer.password }).expect(200);
    await http.post('/api/v1/identity/auth/logout').set(manager.headers).expect(204);
    await http.get('/api/v1/identity/users/me').set(manager.headers).expect(401);

    execFileSync('redis-server', START_REDIS);
    await eventually(async () => (redisAnswers() ? true : undefined), 10_000);
    const staff = { headers: (await logIn(testApp, manager.email, manager.password)).headers };
    await eventually(async () => {
      const { body: page } = await http.get(`/api/v1/shipping/shipments?orderId=${body.id}`).set(staff.headers).expect(200);
      return page.total === 1 ? true : undefined;
    }, 30_000);
    await eventually(async () => ((await http.get('/health/ready')).status === 200 ? true : undefined), 10_000);
  }, 60_000);
});
