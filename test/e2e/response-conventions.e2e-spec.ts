import request from 'supertest';
import { signUp, SignedIn } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

/** Every collection route of the API: each must answer the page envelope (docs/api-conventions.md, "Response conventions"). */
const COLLECTIONS = [
  '/identity/users',
  '/identity/contacts',
  '/identity/roles',
  '/identity/permissions',
  '/reference/countries',
  '/reference/currencies',
  '/reference/languages',
  '/reference/timezones',
  '/crm/customers',
  '/crm/companies',
  '/crm/deals',
  '/crm/interactions',
  '/crm/interactions/follow-ups',
  '/crm/analytics/customers/lifecycle',
  '/crm/analytics/deals/pipeline',
  '/crm/analytics/sales-reps/performance',
  '/crm/analytics/revenue',
  '/ordering/orders',
  '/shipping/shipments',
  '/admin/dead-letters',
];

describe('Response conventions through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let superadmin: SignedIn;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    superadmin = await signUp(testApp, { roles: ['superadmin'] });
  });

  afterAll(() => testApp?.close());

  describe.each(COLLECTIONS)('the collection %s', (path) => {
    it('answers {items, page, limit, total}, 20 to a page unless asked', async () => {
      const { body } = await http.get(`/api/v1${path}`).set(superadmin.headers).expect(200);

      expect(Object.keys(body).sort()).toEqual(['items', 'limit', 'page', 'total']);
      expect(body).toMatchObject({ page: 1, limit: 20 });
      expect(Array.isArray(body.items)).toBe(true);
      expect(Number.isInteger(body.total)).toBe(true);
      expect(body.items.length).toBeLessThanOrEqual(Math.min(20, body.total));
    });

    it('takes ?page= and ?limit=, and refuses a limit above 100', async () => {
      const { body } = await http.get(`/api/v1${path}?page=2&limit=1`).set(superadmin.headers).expect(200);
      expect(body).toMatchObject({ page: 2, limit: 1, items: body.total >= 2 ? [expect.anything()] : [] });

      const refused = await http.get(`/api/v1${path}?limit=101`).set(superadmin.headers).expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    });
  });

  it.each([
    ['/admin/dead-letters?context=nope', 'context'],
    ['/reference/countries?region=europe', 'region'],
    ['/crm/customers?status=LEAD', 'status'],
  ])('refuses the unknown filter value in %s with one VALIDATION_FAILED message', async (path, field) => {
    const { body } = await http.get(`/api/v1${path}`).set(superadmin.headers).expect(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field, message: expect.stringContaining(`${field} must be one of the following values`) }]);
  });

  it('takes an ISO code in a filter in any case', async () => {
    const upper = await http.get('/api/v1/reference/timezones?country=UA').expect(200);
    const lower = await http.get('/api/v1/reference/timezones?country=ua').expect(200);
    expect(lower.body).toEqual(upper.body);
    expect(upper.body.total).toBeGreaterThan(0);
  });

  it('answers a missing list in a body with one message, not one per rule', async () => {
    const { body } = await http.post('/api/v1/ordering/orders').set(superadmin.headers).send({ currency: 'EUR' }).expect(400);
    expect(body.errors).toEqual([{ field: 'lines', message: 'lines must be an array' }]);
  });

  it('stamps orders and shipments with createdAt and updatedAt, and moves updatedAt with every saved change', async () => {
    const line = { sku: 'SKU-1', quantity: 1, unitPrice: { amount: 500, currency: 'EUR' } };
    const { body: draft } = await http
      .post('/api/v1/ordering/orders')
      .set(superadmin.headers)
      .send({ currency: 'EUR', lines: [line] })
      .expect(201);
    expect(draft).toMatchObject({ createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(Date.parse(draft.updatedAt)).toBeGreaterThanOrEqual(Date.parse(draft.createdAt));

    const { body: placed } = await http
      .post(`/api/v1/ordering/orders/${draft.id}/place`)
      .set(superadmin.headers)
      .send({ paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' })
      .expect(200);
    expect(placed.createdAt).toBe(draft.createdAt);
    expect(Date.parse(placed.updatedAt)).toBeGreaterThan(Date.parse(draft.updatedAt));

    const shipment = await eventually(async () => {
      const { body } = await http.get(`/api/v1/shipping/shipments?orderId=${draft.id}`).set(superadmin.headers).expect(200);
      return body.items[0];
    });
    expect(shipment).toMatchObject({ createdAt: expect.any(String), updatedAt: expect.any(String) });
  });

  it('gives the signed-in user the display name they registered with', async () => {
    const { body } = await http.get('/api/v1/identity/users/me').set(superadmin.headers).expect(200);
    expect(body).toMatchObject({
      id: superadmin.userId,
      displayName: 'Test User',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('documents no route as answering a bare array', async () => {
    const { body: doc } = await http.get('/docs-json').expect(200);
    const bareArrays = Object.entries(doc.paths as Record<string, Record<string, { responses?: Record<string, unknown> }>>).flatMap(
      ([route, operations]) =>
        Object.entries(operations)
          .filter(([, operation]) => JSON.stringify(operation.responses?.['200'] ?? {}).includes('"schema":{"type":"array"'))
          .map(([method]) => `${method.toUpperCase()} ${route}`),
    );
    expect(bareArrays).toEqual([]);
  });
});
