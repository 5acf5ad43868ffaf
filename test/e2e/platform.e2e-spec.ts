import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { SignedIn, signUp } from '../support/auth';
import { TestApp, startTestApp } from '../support/test-app';

describe('platform: health, request ids, OpenAPI, secure by default', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let customer: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    customer = await signUp(testApp);
  });

  afterAll(() => testApp?.close());

  it('answers liveness and readiness (the database is up)', async () => {
    expect((await http.get('/health/live').expect(200)).body.status).toBe('ok');
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, events: { status: 'up', transport: 'memory', relay: 'running' } },
    });
  });

  it('answers startup once the schema is current and the reference data loaded', async () => {
    const startup = await http.get('/health/startup').expect(200);
    expect(startup.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, migrations: { status: 'up' }, referenceData: { status: 'up' } },
    });
  });

  it('shows staff every dependency with its latency, the relay lag, queue depths, version and uptime; nobody else', async () => {
    await http.get('/health/details').expect(401);
    expect((await http.get('/health/details').set(customer.headers).expect(403)).body.code).toBe('PERMISSION_DENIED');
    const staff = await signUp(testApp, { roles: ['manager'] });
    const { body } = await http.get('/health/details').set(staff.headers).expect(200);
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(body).toMatchObject({ status: 'ok', version, role: 'all', uptimeSeconds: expect.any(Number), startedAt: expect.any(String) });
    expect(body.sections.database).toMatchObject({
      status: 'up',
      latencyMs: expect.any(Number),
      endpoint: 'embedded',
      pendingMigrations: [],
      pool: { max: 1, total: 1, waiting: expect.any(Number) },
    });
    expect(body.sections.events).toMatchObject({
      status: 'up',
      relay: 'running',
      transport: 'memory',
      relayLagSeconds: expect.any(Number),
      outboxBacklog: expect.any(Number),
      deadLetters: 0,
      queues: expect.objectContaining({ shipping: expect.any(Number) }),
    });
    // No REDIS_URL here: nothing to report about Redis.
    expect(Object.keys(body.sections).sort()).toEqual(['database', 'events']);
  });

  it('returns a new request id, or keeps a well-formed one the caller sent', async () => {
    const minted = await http.get('/health/live');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await http.get('/health/live').set('x-request-id', 'trace-abc.123');
    expect(kept.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await http.get('/health/live').set('x-request-id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carries the request id into the events the request causes', async () => {
    const { body } = await http
      .post('/api/v1/ordering/orders')
      .set(customer.headers)
      .send({ currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 5, currency: 'EUR' } }] })
      .expect(201);
    await http
      .post(`/api/v1/ordering/orders/${body.id}/place`)
      .set(customer.headers)
      .set('x-request-id', 'place-req-1')
      .send({ paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' })
      .expect(200);
    // Only the placement: messages about the order that follow it share its aggregate id.
    const [row] = await testApp.app
      .get(DataSource)
      .query(`SELECT envelope FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2`, [body.id, OrderPlacedContract.eventName]);
    expect(row.envelope).toMatchObject({
      name: OrderPlacedContract.eventName,
      aggregateId: body.id,
      sequence: 1,
      correlationId: 'place-req-1',
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await http.get('/api/v1/nowhere').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND', instance: '/api/v1/nowhere' });
    expect(response.headers['x-request-id']).toBeDefined();
  });

  it('serves Swagger UI and an OpenAPI document listing every route with its errors', async () => {
    expect((await http.get('/docs').redirects(1)).text).toContain('swagger-ui');
    const { body: doc } = await http.get('/docs-json').expect(200);
    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );
    // Which routes exist is pinned by docs/operation-ids.txt (openapi.e2e); here each documented one is really served.
    const fastify = testApp.app.getHttpAdapter().getInstance();
    const unserved = operations
      .map(({ route }) => route.split(' '))
      .filter(([method, path]) => !fastify.hasRoute({ method, url: path.replace(/\{(\w+)\}/g, ':$1') }));
    expect(operations.length).toBeGreaterThan(0);
    expect(unserved).toEqual([]);
    for (const { route, operation } of operations.filter((o) => o.route.includes('/api/v1/'))) {
      const statuses = Object.keys(operation.responses);
      expect({ route, ok: statuses.some((s) => s.startsWith('2')) }).toEqual({ route, ok: true });
      const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      if (!takesInput) continue; // nothing a client sends can be malformed
      expect({ route, documentsBadRequest: statuses.includes('400') }).toEqual({ route, documentsBadRequest: true });
      expect(operation.responses['400'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/ProblemDetails');
    }
    expect(doc.components.schemas.OrderPage.properties.items.items.$ref).toBe('#/components/schemas/OrderResponse');
    expect(doc.components.schemas.CreateOrderRequest.properties.currency.example).toBe('EUR');
  });

  describe('secure by default', () => {
    let doc: any;
    beforeAll(async () => (doc = (await http.get('/docs-json').expect(200)).body));

    it('declares the bearer scheme, so Swagger UI offers Authorize', () => {
      expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    });

    it('puts the lock, the permission and the 401/403 answers on protected operations', () => {
      const permissions: Record<string, string> = {
        'post /api/v1/ordering/orders': 'orders:write',
        'get /api/v1/ordering/orders': 'orders:read',
        'get /api/v1/ordering/orders/{id}': 'orders:read',
        'get /api/v1/ordering/orders/{id}/timeline': 'orders:read',
        'post /api/v1/ordering/orders/{id}/lines': 'orders:write',
        'delete /api/v1/ordering/orders/{id}/lines/{sku}': 'orders:write',
        'post /api/v1/ordering/orders/{id}/place': 'orders:write',
        'post /api/v1/ordering/orders/{id}/cancel': 'orders:write',
        'get /api/v1/shipping/shipments': 'shipments:read',
        'get /api/v1/shipping/shipments/{id}': 'shipments:read',
        'post /api/v1/shipping/shipments/{id}/ship': 'shipments:write',
        'post /api/v1/shipping/shipments/{id}/deliver': 'shipments:write',
        'get /api/v1/admin/dead-letters': 'events:manage',
        'get /api/v1/identity/users/me': 'account:read',
      };
      for (const [route, permission] of Object.entries(permissions)) {
        const [method, path] = route.split(' ');
        const operation = doc.paths[path][method];
        expect({ route, security: operation.security, permission: operation['x-permission'] }).toEqual({
          route,
          security: [{ bearer: [] }],
          permission,
        });
        expect(operation.responses['401'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/ProblemDetails');
        expect(operation.responses['403'].description).toContain('PERMISSION_DENIED');
      }
    });

    it('shows no lock on public operations: they state an empty security requirement', () => {
      for (const [path, method] of [
        ['/health/live', 'get'],
        ['/health/ready', 'get'],
        ['/health/startup', 'get'],
        ['/api/v1/identity/auth/login', 'post'],
        ['/api/v1/identity/auth/register', 'post'],
        ['/api/v1/identity/auth/refresh', 'post'],
      ]) {
        expect({ path, security: doc.paths[path][method].security, permission: doc.paths[path][method]['x-permission'] }).toEqual({
          path,
          security: [],
        });
      }
    });

    it('answers a protected route without a token, or with a malformed or unknown one, with 401 problem+json and WWW-Authenticate: Bearer', async () => {
      for (const authorization of [undefined, 'Bearer not-a-token', 'Basic dXNlcjpwYXNz', `Bearer ${customer.accessToken}x`]) {
        const attempt = http.get('/api/v1/ordering/orders');
        const response = await (authorization ? attempt.set('authorization', authorization) : attempt);
        expect({ authorization, status: response.status }).toEqual({ authorization, status: 401 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.headers['www-authenticate']).toBe('Bearer');
        expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', instance: '/api/v1/ordering/orders' });
      }
    });

    it('changes nothing when a change is refused for want of a token', async () => {
      const before = await testApp.app.get(DataSource).query('SELECT count(*)::int AS n FROM ordering.orders');
      await http.post('/api/v1/ordering/orders').send({ currency: 'EUR', lines: [] }).expect(401);
      expect(await testApp.app.get(DataSource).query('SELECT count(*)::int AS n FROM ordering.orders')).toEqual(before);
    });

    it('answers a valid token without the permission with 403 PERMISSION_DENIED naming it', async () => {
      const response = await http.get('/api/v1/admin/dead-letters').set(customer.headers).expect(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 403, code: 'PERMISSION_DENIED', detail: expect.stringContaining('events:manage') });
      await http.get('/api/v1/shipping/shipments').set(customer.headers).expect(403);
      await http.get('/api/v1/ordering/orders').set(customer.headers).expect(200);
    });

    it('serves public routes without a token, and ignores an invalid one there', async () => {
      await http.get('/health/live').expect(200);
      await http.get('/health/live').set('authorization', 'Bearer not-a-token').expect(200);
    });
  });
});
