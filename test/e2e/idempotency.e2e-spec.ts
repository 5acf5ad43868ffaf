import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { logIn, SignedIn, signUp, TEST_PASSWORD } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const ORDERS = '/api/v1/ordering/orders';
/** Ordering takes any payment method id; a placed order's fulfilment may fail on it later, which these tests do not read. */
const PAYMENT = { paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' };
const line = (sku: string, currency = 'EUR') => ({ sku, quantity: 1, unitPrice: { amount: 1000, currency } });

/** Idempotency-Key on state-changing routes, through HTTP on the embedded database. */
describe('Idempotency-Key', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let customer: SignedIn;
  let http: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    testApp = await startTestApp();
    dataSource = testApp.app.get(DataSource);
  });

  beforeEach(async () => {
    customer = await signUp(testApp);
    http = request.agent(testApp.url).set(customer.headers);
  });

  afterAll(() => testApp?.close());

  const ordersOf = async (userId: string): Promise<string[]> =>
    (await dataSource.query('SELECT id FROM ordering.orders WHERE customer_id = $1 ORDER BY id', [userId])).map(
      (row: { id: string }) => row.id,
    );

  it('answers a repeated request with the stored 201, and the order exists once', async () => {
    const key = randomUUID();
    const body = { currency: 'EUR', lines: [line('SKU-1')] };
    const first = await http.post(ORDERS).set('idempotency-key', key).send(body).expect(201);
    const again = await http.post(ORDERS).set('idempotency-key', key).send(body).expect(201);

    expect(again.body).toEqual(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect({ first: first.headers['idempotent-replayed'], again: again.headers['idempotent-replayed'] }).toEqual({
      first: undefined,
      again: 'true',
    });
    expect(await ordersOf(customer.userId)).toEqual([first.body.id]);
  });

  it('treats the same body with its keys in another order as the same request', async () => {
    const key = randomUUID();
    const first = await http
      .post(ORDERS)
      .set('idempotency-key', key)
      .set('content-type', 'application/json')
      .send('{"currency":"EUR","lines":[]}')
      .expect(201);
    const again = await http
      .post(ORDERS)
      .set('idempotency-key', key)
      .set('content-type', 'application/json')
      .send('{"lines":[],"currency":"EUR"}')
      .expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await ordersOf(customer.userId)).toHaveLength(1);
  });

  it('refuses the same key with another body, or on another route, with 422 IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    const key = randomUUID();
    const created = await http.post(ORDERS).set('idempotency-key', key).send({ currency: 'EUR', lines: [] }).expect(201);

    expectProblem(await http.post(ORDERS).set('idempotency-key', key).send({ currency: 'USD', lines: [] }), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(
      await http.post(`${ORDERS}/${created.body.id}/lines`).set('idempotency-key', key).send(line('SKU-1')),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );

    expect(await ordersOf(customer.userId)).toEqual([created.body.id]);
    const { body: order } = await http.get(`${ORDERS}/${created.body.id}`).expect(200);
    expect(order).toEqual(created.body);
  });

  it("keeps each user's keys apart: another user's identical key and body make their own order", async () => {
    const key = randomUUID();
    const body = { currency: 'EUR', lines: [] };
    const other = await signUp(testApp);
    const mine = await http.post(ORDERS).set('idempotency-key', key).send(body).expect(201);
    const theirs = await request(testApp.url).post(ORDERS).set(other.headers).set('idempotency-key', key).send(body).expect(201);

    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body).toMatchObject({ userId: other.userId });
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(await ordersOf(other.userId)).toEqual([theirs.body.id]);
  });

  it('changes nothing without the header: two identical requests make two orders', async () => {
    const body = { currency: 'EUR', lines: [] };
    const first = await http.post(ORDERS).send(body).expect(201);
    const second = await http.post(ORDERS).send(body).expect(201);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await ordersOf(customer.userId)).toEqual([first.body.id, second.body.id].sort());
  });

  it.each([
    ['empty', ''],
    ['longer than 255 characters', 'k'.repeat(256)],
    ['not printable ASCII', 'clé'],
    ['holding a control character', 'a\tb'],
  ])('refuses a key that is %s with 400 VALIDATION_FAILED naming the header, and changes nothing', async (_, key) => {
    const response = await http.post(ORDERS).set('idempotency-key', key).send({ currency: 'EUR', lines: [] });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('1 to 255 printable ASCII') }]);
    expect(await ordersOf(customer.userId)).toEqual([]);
  });

  it('accepts a key of exactly 255 printable characters', async () => {
    await http.post(ORDERS).set('idempotency-key', '~'.repeat(255)).send({ currency: 'EUR', lines: [] }).expect(201);
  });

  it('stores nothing for a failed request: it changed nothing, so the same key may carry the corrected request', async () => {
    const key = randomUUID();
    const refused = await http
      .post(ORDERS)
      .set('idempotency-key', key)
      .send({ currency: 'EUR', lines: [line('SKU-1', 'USD')] });
    expectProblem(refused, 422, 'ORDER_LINE_CURRENCY_MISMATCH');
    expect(await ordersOf(customer.userId)).toEqual([]);

    const created = await http
      .post(ORDERS)
      .set('idempotency-key', key)
      .send({ currency: 'EUR', lines: [line('SKU-1')] })
      .expect(201);
    expect(created.headers['idempotent-replayed']).toBeUndefined();
    expect(await ordersOf(customer.userId)).toEqual([created.body.id]);
  });

  it('replays a state transition instead of repeating it: placing twice with the key answers the placement, not ORDER_NOT_DRAFT', async () => {
    const { body: draft } = await http
      .post(ORDERS)
      .send({ currency: 'EUR', lines: [line('SKU-1')] })
      .expect(201);
    const key = randomUUID();
    const placed = await http.post(`${ORDERS}/${draft.id}/place`).set('idempotency-key', key).send(PAYMENT).expect(200);
    const again = await http.post(`${ORDERS}/${draft.id}/place`).set('idempotency-key', key).send(PAYMENT).expect(200);
    expect(again.body).toEqual(placed.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // Without the key, a repeat is refused: the order is no longer a draft.
    expectProblem(await http.post(`${ORDERS}/${draft.id}/place`).send(PAYMENT), 409, 'ORDER_NOT_DRAFT');
  });

  it('replays a PATCH answered 204 with no body: a retried password change is not refused for the old password', async () => {
    const key = randomUUID();
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase, long enough' };
    const changed = await http.patch('/api/v1/identity/users/me/password').set('idempotency-key', key).send(body).expect(204);
    expect(changed.headers['idempotent-replayed']).toBeUndefined();
    // The change ended every session; the same user, signed in again, retries the request it never heard back from.
    const { headers } = await logIn(testApp, customer.email, body.newPassword);
    const again = await request(testApp.url)
      .patch('/api/v1/identity/users/me/password')
      .set(headers)
      .set('idempotency-key', key)
      .send(body)
      .expect(204);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe('');
    // Without the key the repeat runs again, and the old password no longer matches.
    expectProblem(
      await request(testApp.url).patch('/api/v1/identity/users/me/password').set(headers).send(body),
      422,
      'CURRENT_PASSWORD_INCORRECT',
    );
  });

  it('ignores the header on public routes: register answers as without it, and no token answer is ever stored', async () => {
    const key = randomUUID();
    const email = `public-${randomUUID()}@example.com`;
    const registration = { email, password: TEST_PASSWORD, displayName: 'Public' };
    const anonymous = request(testApp.url);
    await anonymous.post('/api/v1/identity/auth/register').set('idempotency-key', key).send(registration).expect(201);
    expectProblem(
      await anonymous.post('/api/v1/identity/auth/register').set('idempotency-key', key).send(registration),
      409,
      'EMAIL_ALREADY_REGISTERED',
    );
    const login = await anonymous
      .post('/api/v1/identity/auth/login')
      .set('idempotency-key', key)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    await anonymous.post('/api/v1/identity/auth/login').set('idempotency-key', '').send({ email, password: TEST_PASSWORD }).expect(200);

    const stored = await dataSource.query(
      `SELECT count(*)::int AS n FROM http.idempotency_keys WHERE key = $1 OR body LIKE '%accessToken%'`,
      [key],
    );
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('answers concurrent repeats with one order: each is the stored answer or 409 IDEMPOTENCY_KEY_IN_USE', async () => {
    const key = randomUUID();
    const body = { currency: 'EUR', lines: [] };
    const answers = await Promise.all(Array.from({ length: 5 }, () => http.post(ORDERS).set('idempotency-key', key).send(body)));
    const [created] = await ordersOf(customer.userId);
    for (const answer of answers) {
      if (answer.status === 409) expectProblem(answer, 409, 'IDEMPOTENCY_KEY_IN_USE');
      else expect({ status: answer.status, id: answer.body.id }).toEqual({ status: 201, id: created });
    }
    expect(await ordersOf(customer.userId)).toEqual([created]);
  });

  describe('in the OpenAPI document', () => {
    let doc: any;
    beforeAll(async () => (doc = (await request(testApp.url).get('/docs-json').expect(200)).body));

    const operations = (): Array<{ route: string; operation: any }> =>
      Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
      );
    // Optional on most changes; required (IdempotencyKeyRequired) where a blind retry must never repeat (payments, refunds).
    const takesKey = (operation: any) =>
      (operation.parameters ?? []).some((p: any) => /^#\/components\/parameters\/IdempotencyKey(Required)?$/.test(p.$ref));

    it('lists the Idempotency-Key header on every POST and PATCH that needs a token, and on nothing else', () => {
      const listed = operations()
        .filter(({ operation }) => takesKey(operation))
        .map(({ route }) => route);
      const expected = operations()
        .filter(({ route, operation }) => /^(post|patch) /.test(route) && operation.security?.some((s: object) => 'bearer' in s))
        .map(({ route }) => route);
      expect(listed).toEqual(expected);
      expect(listed).toEqual(
        expect.arrayContaining([
          'post /api/v1/ordering/orders',
          'post /api/v1/ordering/orders/{id}/place',
          'patch /api/v1/identity/users/me/password',
        ]),
      );
      expect(listed.length).toBeGreaterThan(30);
      expect(listed).not.toContain('post /api/v1/identity/auth/login');
      expect(listed).not.toContain('post /api/v1/identity/auth/register');
      expect(doc.components.parameters.IdempotencyKey).toMatchObject({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string', maxLength: 255 },
      });
    });

    it('documents the answers the key adds: 409 IDEMPOTENCY_KEY_IN_USE, 422 IDEMPOTENCY_KEY_REUSED, and the replay header', () => {
      for (const { route, operation } of operations().filter(({ operation }) => takesKey(operation))) {
        expect({ route, conflict: operation.responses['409']?.description }).toEqual({
          route,
          conflict: expect.stringContaining('`IDEMPOTENCY_KEY_IN_USE`'),
        });
        expect({ route, reused: operation.responses['422']?.description }).toEqual({
          route,
          reused: expect.stringContaining('`IDEMPOTENCY_KEY_REUSED`'),
        });
      }
      const create = doc.paths['/api/v1/ordering/orders'].post;
      expect(create.responses['409'].description).toContain('`ORDER_LINE_DUPLICATE`');
      expect(create.responses['409'].description).toContain('`IDEMPOTENCY_KEY_IN_USE`');
      expect(create.responses['201'].headers['Idempotent-Replayed']).toMatchObject({ schema: { type: 'string', enum: ['true'] } });
    });
  });
});
