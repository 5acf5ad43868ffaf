import request from 'supertest';
import { DataSource } from 'typeorm';
import { OrderPlaced } from '../../src/contexts/ordering/contracts';
import { startTestApp, TestApp } from '../support/test-app';

describe('platform: health, request ids, OpenAPI', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
  });

  afterAll(() => testApp?.close());

  it('answers liveness and readiness (the database is up)', async () => {
    expect((await http.get('/health/live').expect(200)).body.status).toBe('ok');
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, events: { status: 'up', transport: 'memory', relay: 'running' } } });
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
      .send({ customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 5, currency: 'EUR' } }] })
      .expect(201);
    await http.post(`/api/v1/ordering/orders/${body.id}/place`).set('x-request-id', 'place-req-1').expect(200);
    const [row] = await testApp.app.get(DataSource).query(`SELECT envelope FROM messaging.outbox WHERE aggregate_id = $1`, [body.id]);
    expect(row.envelope).toMatchObject({ name: OrderPlaced.eventName, aggregateId: body.id, sequence: 1, correlationId: 'place-req-1' });
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
    expect(operations.map((o) => o.route).sort()).toEqual(
      [
        'GET /api/v1/ordering/orders',
        'POST /api/v1/ordering/orders',
        'GET /api/v1/ordering/orders/{id}',
        'POST /api/v1/ordering/orders/{id}/lines',
        'DELETE /api/v1/ordering/orders/{id}/lines/{sku}',
        'POST /api/v1/ordering/orders/{id}/place',
        'POST /api/v1/ordering/orders/{id}/cancel',
        'GET /api/v1/shipping/shipments',
        'GET /api/v1/shipping/shipments/{id}',
        'POST /api/v1/shipping/shipments/{id}/ship',
        'POST /api/v1/shipping/shipments/{id}/deliver',
        'GET /api/v1/admin/dead-letters',
        'POST /api/v1/admin/dead-letters/{id}/replay',
        'DELETE /api/v1/admin/dead-letters/{id}',
        'GET /api/v1/admin/events/stats',
        'GET /health/live',
        'GET /health/ready',
      ].sort(),
    );
    for (const { route, operation } of operations.filter((o) => o.route.includes('/api/v1/'))) {
      const statuses = Object.keys(operation.responses);
      expect({ route, ok: statuses.some((s) => s.startsWith('2')) }).toEqual({ route, ok: true });
      if (route.endsWith('/stats')) continue; // takes no input
      expect({ route, documentsBadRequest: statuses.includes('400') }).toEqual({ route, documentsBadRequest: true });
      expect(operation.responses['400'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/ProblemDetails');
    }
    expect(doc.components.schemas.OrderPage.properties.items.items.$ref).toBe('#/components/schemas/OrderResponse');
    expect(doc.components.schemas.CreateOrderRequest.properties.currency.example).toBe('EUR');
  });
});
