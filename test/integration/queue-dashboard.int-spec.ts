import { randomBytes } from 'node:crypto';
import { EventRoutes } from '@promenade/messaging';
import request from 'supertest';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { expectProblem } from '../support/problems';
import { removeQueues } from '../support/redis-queues';
import { startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const COOKIE = 'promenade_queue_dashboard';

/** The first script the dashboard's page loads: one of its static assets, under the same guard. */
const assetOf = (page: string): string => `/admin/queues/${/src="(static\/[^"]+\.js)"/.exec(page)![1]}`;
/** `name=value` of the dashboard's cookie, as a browser sends it back. */
const cookieOf = (response: request.Response): string => {
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${COOKIE}=`));
  return setCookie!.split(';')[0];
};

/** bull-board at /admin/queues on the BullMQ transport, against the real PostgreSQL and Redis. */
describe('the queue dashboard (bullmq)', () => {
  const queuePrefix = `promenade-it-board-${randomBytes(4).toString('hex')}`;
  let database: FreshDatabase;
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;
  let customer: SignedIn;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
    });
    http = request(testApp.url);
    [admin, customer] = await Promise.all([signUp(testApp, { roles: ['admin'] }), signUp(testApp)]);
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
    await removeQueues(REDIS_URL, queuePrefix);
  });

  it('serves an events:manage holder the page, its assets, and the queue of every subscribing context, read-only', async () => {
    const page = await http.get('/admin/queues').set(admin.headers).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<base href="/admin/queues/"');
    await http.get(assetOf(page.text)).set(admin.headers).expect(200);
    expectProblem(await http.get('/admin/queues/no-such-page').set(admin.headers), 404, 'ROUTE_NOT_FOUND');

    const { body } = await http.get('/admin/queues/api/queues').set(admin.headers).expect(200);
    const contexts = testApp.app.get(EventRoutes).contexts();
    expect(contexts).toEqual(expect.arrayContaining(['shipping', 'warehouse']));
    const queues = body.queues as Array<{ name: string; readOnlyMode: boolean }>;
    expect(queues.map((queue) => queue.name).sort()).toEqual(contexts.map((context) => `${queuePrefix}.${context}`).sort());
    expect(queues.every((queue) => queue.readOnlyMode)).toBe(true);
  });

  it.each(['/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/favicon.ico', '/admin/queues/no-such-page'])(
    'answers %s without a token 401 problem+json',
    async (path) => {
      const response = await http.get(path).expect(401);
      expectProblem(response, 401, 'UNAUTHENTICATED');
      expect(response.headers['www-authenticate']).toBe('Bearer');
    },
  );

  it('refuses an invalid token, and a user without events:manage (403)', async () => {
    expectProblem(await http.get('/admin/queues').set('authorization', 'Bearer not-a-token'), 401, 'UNAUTHENTICATED');
    expectProblem(await http.get('/admin/queues').set('cookie', `${COOKIE}=not-a-token`), 401, 'UNAUTHENTICATED');
    expectProblem(await http.get('/admin/queues').set(customer.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.get('/admin/queues/api/queues').set(customer.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.put('/api/v1/admin/queues/session').set(customer.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.put('/api/v1/admin/queues/session'), 401, 'UNAUTHENTICATED');
  });

  it('only reads: a write answers 405 even to an administrator', async () => {
    const response = await http.put(`/admin/queues/api/queues/${queuePrefix}.shipping/pause`).set(admin.headers);
    expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('opens to the session cookie alone, and no longer once its token is logged out', async () => {
    // A session of its own, so its logout leaves the other tests' token alone.
    const session = await http.post('/api/v1/identity/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
    const headers = { authorization: `Bearer ${session.body.accessToken}` };
    const opened = await http.put('/api/v1/admin/queues/session').set(headers).expect(204);
    expect(opened.headers['cache-control']).toBe('no-store');
    const setCookie = ([] as string[]).concat(opened.headers['set-cookie']).join('\n');
    expect(setCookie).toMatch(
      new RegExp(`^${COOKIE}=${session.body.accessToken}; Path=/admin/queues; Max-Age=\\d+; HttpOnly; SameSite=Strict$`),
    );
    const cookie = cookieOf(opened);

    const page = await http.get('/admin/queues').set('cookie', cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const { body } = await http.get('/admin/queues/api/queues').set('cookie', cookie).expect(200);
    expect(body.queues.length).toBeGreaterThan(0);

    await http.post('/api/v1/identity/auth/logout').set(headers).expect(204);
    expectProblem(await http.get('/admin/queues').set('cookie', cookie), 401, 'UNAUTHENTICATED');
    expectProblem(await http.get('/admin/queues/api/queues').set('cookie', cookie), 401, 'UNAUTHENTICATED');
  });

  it('keeps its own routes out of the OpenAPI document, where only the session route is', async () => {
    const { body } = await http.get('/docs-json').expect(200);
    const paths = Object.keys(body.paths as object).filter((path) => path.includes('/queues'));
    expect(paths).toEqual(['/api/v1/admin/queues/session']);
  });
});

/** The memory transport keeps deliveries in the process: nothing to show. */
describe('the queue dashboard (memory transport)', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let admin: SignedIn;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', EVENT_TRANSPORT: 'memory' });
    http = request(testApp.url);
    admin = await signUp(testApp, { roles: ['admin'] });
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  it.each(['/admin/queues', '/admin/queues/', '/admin/queues/api/queues'])('answers %s 404 QUEUE_DASHBOARD_NEEDS_BULLMQ', async (path) => {
    const response = await http.get(path).set(admin.headers);
    expectProblem(response, 404, 'QUEUE_DASHBOARD_NEEDS_BULLMQ');
    expect(response.body.detail).toMatch(/EVENT_TRANSPORT=bullmq/);
  });

  it('refuses the session route the same way', async () => {
    expectProblem(await http.put('/api/v1/admin/queues/session').set(admin.headers), 404, 'QUEUE_DASHBOARD_NEEDS_BULLMQ');
  });
});
