import request from 'supertest';
import { SignedIn, signUp } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const line = (sku: string, quantity = 1, amount = 1000, currency = 'EUR') => ({ sku, quantity, unitPrice: { amount, currency } });

describe('Ordering → Shipping through HTTP', () => {
  let testApp: TestApp;
  /** A customer (role `user`): their own orders only. */
  let customer: SignedIn;
  let http: ReturnType<typeof request.agent>;
  /** Staff (role `manager`): every customer's orders, and shipments. */
  let staff: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    testApp = await startTestApp();
    customer = await signUp(testApp);
    http = request.agent(testApp.url).set(customer.headers);
    staff = request.agent(testApp.url).set((await signUp(testApp, { roles: ['manager'] })).headers);
  });

  afterAll(() => testApp?.close());

  async function createOrder(lines = [line('SKU-1', 2, 1250)]): Promise<string> {
    const { status, body } = await http.post('/api/v1/ordering/orders').send({ currency: 'EUR', lines });
    expect(status).toBe(201);
    return body.id;
  }

  async function shipmentOf(orderId: string): Promise<any> {
    return eventually(async () => {
      const { body } = await staff.get(`/api/v1/shipping/shipments?orderId=${orderId}`).expect(200);
      return body.items[0];
    });
  }

  async function expectUnchanged(orderId: string, before: any): Promise<void> {
    const { body } = await http.get(`/api/v1/ordering/orders/${orderId}`).expect(200);
    expect(body).toEqual(before);
  }

  it('creates a draft order, adds and removes lines, places it, and a pending shipment appears', async () => {
    const created = await http.post('/api/v1/ordering/orders').send({ currency: 'EUR', lines: [] }).expect(201);
    expect(created.body).toMatchObject({
      customerId: customer.userId,
      currency: 'EUR',
      status: 'draft',
      lines: [],
      total: { amount: 0, currency: 'EUR' },
      version: 1,
    });
    const id = created.body.id;

    const added = await http
      .post(`/api/v1/ordering/orders/${id}/lines`)
      .send(line('SKU-1', 3, 199))
      .expect(200);
    expect(added.body.lines).toEqual([
      { sku: 'SKU-1', quantity: 3, unitPrice: { amount: 199, currency: 'EUR' }, total: { amount: 597, currency: 'EUR' } },
    ]);
    await http
      .post(`/api/v1/ordering/orders/${id}/lines`)
      .send(line('SKU-2', 1, 1000))
      .expect(200);
    const removed = await http.delete(`/api/v1/ordering/orders/${id}/lines/SKU-2`).expect(200);
    expect(removed.body.total).toEqual({ amount: 597, currency: 'EUR' });
    expect(removed.body.version).toBe(4);

    const placed = await http.post(`/api/v1/ordering/orders/${id}/place`).expect(200);
    expect(placed.body.status).toBe('placed');
    expect(placed.body.placedAt).toEqual(expect.any(String));

    const shipment = await shipmentOf(id);
    expect(shipment).toMatchObject({ orderId: id, status: 'pending', carrier: null, trackingNumber: null });

    const shipped = await staff
      .post(`/api/v1/shipping/shipments/${shipment.id}/ship`)
      .send({ carrier: 'DHL', trackingNumber: 'JD0001' })
      .expect(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: 'DHL', trackingNumber: 'JD0001' });
    const delivered = await staff.post(`/api/v1/shipping/shipments/${shipment.id}/deliver`).expect(200);
    expect(delivered.body.status).toBe('delivered');
    expect(delivered.body.deliveredAt).toEqual(expect.any(String));
  });

  it('cancelling a placed order before shipping cancels its shipment', async () => {
    const id = await createOrder();
    await http.post(`/api/v1/ordering/orders/${id}/place`).expect(200);
    const pending = await shipmentOf(id);

    const cancelled = await http.post(`/api/v1/ordering/orders/${id}/cancel`).send({ reason: 'changed my mind' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'changed my mind' });

    const shipment = await eventually(async () => {
      const { body } = await staff.get(`/api/v1/shipping/shipments/${pending.id}`).expect(200);
      return body.status === 'cancelled' ? body : undefined;
    });
    expect(shipment.cancelledAt).toEqual(expect.any(String));
    const ship = await staff
      .post(`/api/v1/shipping/shipments/${pending.id}/ship`)
      .send({ carrier: 'DHL', trackingNumber: 'X' })
      .expect(409);
    expect(ship.body.code).toBe('SHIPMENT_INVALID_TRANSITION');
  });

  it('cancelling an order whose shipment has shipped leaves the shipment shipped', async () => {
    const id = await createOrder();
    await http.post(`/api/v1/ordering/orders/${id}/place`).expect(200);
    const pending = await shipmentOf(id);
    await staff.post(`/api/v1/shipping/shipments/${pending.id}/ship`).send({ carrier: 'UPS', trackingNumber: '1Z999' }).expect(200);
    await http.post(`/api/v1/ordering/orders/${id}/cancel`).send({ reason: 'too late' }).expect(200);
    // Give the handler time to run, then check it changed nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { body } = await staff.get(`/api/v1/shipping/shipments/${pending.id}`).expect(200);
    expect(body.status).toBe('shipped');
  });

  it('cancelling a draft creates no shipment', async () => {
    const id = await createOrder();
    await http.post(`/api/v1/ordering/orders/${id}/cancel`).send({ reason: 'duplicate' }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { body } = await staff.get(`/api/v1/shipping/shipments?orderId=${id}`).expect(200);
    expect(body).toMatchObject({ items: [], total: 0 });
  });

  describe('refuses bad requests with problem+json and changes nothing', () => {
    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await http.post('/api/v1/ordering/orders').set('content-type', 'application/json').send('{"customerId":');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', instance: '/api/v1/ordering/orders' });
    });

    it('answers unknown fields and invalid values with 400 and one error per field', async () => {
      const response = await http
        .post('/api/v1/ordering/orders')
        .send({ customerId: 'nope', currency: 'EUR', lines: [line('A', -1)], extra: true })
        .expect(400);
      expect(response.body).toMatchObject({
        type: 'https://promenade.dev/problems/validation-failed',
        title: 'Bad Request',
        code: 'VALIDATION_FAILED',
      });
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'extra', message: 'property extra should not exist' },
          { field: 'customerId', message: 'customerId must be a UUID' },
          { field: 'lines.0.quantity', message: 'quantity must not be less than 1' },
        ]),
      );
      const list = await http.get(`/api/v1/ordering/orders?customerId=${customer.userId}&limit=100`).expect(200);
      expect(list.body.items.every((o: any) => o.lines.every((l: any) => l.quantity > 0))).toBe(true);
    });

    it('refuses a negative quantity when adding a line, leaving the order as it was', async () => {
      const id = await createOrder();
      const before = (await http.get(`/api/v1/ordering/orders/${id}`)).body;
      const response = await http.post(`/api/v1/ordering/orders/${id}/lines`).send(line('SKU-9', -2)).expect(400);
      expect(response.body.errors).toEqual([{ field: 'quantity', message: 'quantity must not be less than 1' }]);
      await expectUnchanged(id, before);
    });

    it('refuses a line in another currency with 422', async () => {
      const id = await createOrder();
      const before = (await http.get(`/api/v1/ordering/orders/${id}`)).body;
      const response = await http
        .post(`/api/v1/ordering/orders/${id}/lines`)
        .send(line('SKU-9', 1, 100, 'USD'))
        .expect(422);
      expect(response.body).toMatchObject({ code: 'ORDER_LINE_CURRENCY_MISMATCH', status: 422, title: 'Unprocessable Entity' });
      await expectUnchanged(id, before);
    });

    it('refuses an unknown currency with 422 CURRENCY_INVALID', async () => {
      const response = await http.post('/api/v1/ordering/orders').send({ currency: 'ZZZ', lines: [] }).expect(422);
      expect(response.body.code).toBe('CURRENCY_INVALID');
    });

    it('answers unknown ids with 404 and malformed ids with 400', async () => {
      const missing = await http.get(`/api/v1/ordering/orders/${UNKNOWN}`).expect(404);
      expect(missing.body).toMatchObject({ code: 'ORDER_NOT_FOUND', status: 404 });
      await http.post(`/api/v1/ordering/orders/${UNKNOWN}/place`).expect(404);
      const shipment = await staff.post(`/api/v1/shipping/shipments/${UNKNOWN}/deliver`).expect(404);
      expect(shipment.body.code).toBe('SHIPMENT_NOT_FOUND');
      const malformed = await http.get('/api/v1/ordering/orders/not-a-uuid').expect(400);
      expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'id', message: 'id must be a UUID' }] });
      const line404 = await http.delete(`/api/v1/ordering/orders/${await createOrder()}/lines/NOPE`).expect(404);
      expect(line404.body.code).toBe('ORDER_LINE_NOT_FOUND');
    });

    it('answers illegal transitions with 409 and a stable code', async () => {
      const empty = await createOrder([]);
      expect((await http.post(`/api/v1/ordering/orders/${empty}/place`).expect(409)).body.code).toBe('ORDER_EMPTY');

      const id = await createOrder();
      await http.post(`/api/v1/ordering/orders/${id}/place`).expect(200);
      const before = (await http.get(`/api/v1/ordering/orders/${id}`)).body;
      expect((await http.post(`/api/v1/ordering/orders/${id}/place`).expect(409)).body.code).toBe('ORDER_NOT_DRAFT');
      expect((await http.post(`/api/v1/ordering/orders/${id}/lines`).send(line('X')).expect(409)).body.code).toBe('ORDER_NOT_DRAFT');
      expect((await http.delete(`/api/v1/ordering/orders/${id}/lines/SKU-1`).expect(409)).body.code).toBe('ORDER_NOT_DRAFT');
      await expectUnchanged(id, before);

      await http.post(`/api/v1/ordering/orders/${id}/cancel`).send({ reason: 'r' }).expect(200);
      expect((await http.post(`/api/v1/ordering/orders/${id}/cancel`).send({ reason: 'again' }).expect(409)).body.code).toBe(
        'ORDER_NOT_CANCELLABLE',
      );

      const shipment = await shipmentOf(id);
      expect((await staff.post(`/api/v1/shipping/shipments/${shipment.id}/deliver`).expect(409)).body.code).toBe(
        'SHIPMENT_INVALID_TRANSITION',
      );
    });

    it('refuses a blank cancellation reason with 422', async () => {
      const id = await createOrder();
      const response = await http.post(`/api/v1/ordering/orders/${id}/cancel`).send({ reason: '   ' }).expect(422);
      expect(response.body.code).toBe('ORDER_CANCELLATION_REASON_REQUIRED');
      expect((await http.get(`/api/v1/ordering/orders/${id}`)).body.status).toBe('draft');
    });

    it('refuses a second line for the same SKU with 409', async () => {
      const id = await createOrder();
      const response = await http.post(`/api/v1/ordering/orders/${id}/lines`).send(line('SKU-1')).expect(409);
      expect(response.body.code).toBe('ORDER_LINE_DUPLICATE');
    });
  });

  it('never loses one of several racing changes: each applies, or answers 409 CONCURRENCY_CONFLICT', async () => {
    const id = await createOrder([]);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => http.post(`/api/v1/ordering/orders/${id}/lines`).send(line(`RACE-${i}`))),
    );
    const applied = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(applied.length + conflicts.length).toBe(results.length);
    conflicts.forEach((r) => expect(r.body.code).toBe('CONCURRENCY_CONFLICT'));
    const { body } = await http.get(`/api/v1/ordering/orders/${id}`).expect(200);
    expect(body.lines).toHaveLength(applied.length);
    expect(body.version).toBe(1 + applied.length);
  });

  it('lists with filters and real totals', async () => {
    const buyer = (await signUp(testApp)).userId;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { body } = await staff
        .post('/api/v1/ordering/orders')
        .send({ customerId: buyer, currency: 'JPY', lines: [line('A', 1, 500, 'JPY')] })
        .expect(201);
      ids.push(body.id);
    }
    await staff.post(`/api/v1/ordering/orders/${ids[0]}/place`).expect(200);

    const page = await staff.get(`/api/v1/ordering/orders?customerId=${buyer}&limit=2&page=1`).expect(200);
    expect(page.body).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page.body.items.map((o: any) => o.id)).toEqual([ids[2], ids[1]]);
    const second = await staff.get(`/api/v1/ordering/orders?customerId=${buyer}&limit=2&page=2`).expect(200);
    expect(second.body.items.map((o: any) => o.id)).toEqual([ids[0]]);
    const placed = await staff.get(`/api/v1/ordering/orders?customerId=${buyer}&status=placed`).expect(200);
    expect(placed.body).toMatchObject({ total: 1, limit: 20, page: 1 });

    for (const query of ['limit=0', 'limit=101', 'page=0', 'status=shipped', 'customerId=x', 'unknown=1']) {
      const bad = await http.get(`/api/v1/ordering/orders?${query}`).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    const shipments = await staff.get('/api/v1/shipping/shipments?status=pending&limit=1').expect(200);
    expect(shipments.body).toMatchObject({ page: 1, limit: 1 });
    expect(shipments.body.total).toBeGreaterThanOrEqual(1);
  });

  describe('who may reach which orders and shipments', () => {
    let alice: ReturnType<typeof request.agent>;
    let bob: ReturnType<typeof request.agent>;
    let aliceId: string;
    let bobId: string;

    beforeAll(async () => {
      const [a, b] = [await signUp(testApp), await signUp(testApp)];
      [alice, bob, aliceId, bobId] = [
        request.agent(testApp.url).set(a.headers),
        request.agent(testApp.url).set(b.headers),
        a.userId,
        b.userId,
      ];
    });

    const ordersOf = async (agent: ReturnType<typeof request.agent>) =>
      (await agent.get('/api/v1/ordering/orders?limit=100').expect(200)).body.items.map((o: any) => o.id).sort();

    it('a customer creates an order for themselves without naming a customer', async () => {
      const { body } = await alice
        .post('/api/v1/ordering/orders')
        .send({ currency: 'EUR', lines: [line('SKU-1')] })
        .expect(201);

      expect(body).toMatchObject({ customerId: aliceId, status: 'draft' });
      expect(await ordersOf(alice)).toContain(body.id);
    });

    it('a customer naming another customer is refused with 403 PERMISSION_DENIED, and nothing is created', async () => {
      const before = await ordersOf(bob);

      const response = await alice.post('/api/v1/ordering/orders').send({ customerId: bobId, currency: 'EUR', lines: [] }).expect(403);

      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 403, code: 'PERMISSION_DENIED', detail: expect.stringContaining('orders:write:any') });
      expect(await ordersOf(bob)).toEqual(before);
    });

    it("another customer's order answers 404 ORDER_NOT_FOUND exactly like a missing one, for reads and every change", async () => {
      const { body: order } = await alice
        .post('/api/v1/ordering/orders')
        .send({ currency: 'EUR', lines: [line('SKU-1'), line('SKU-2')] })
        .expect(201);
      const missing = (await bob.get(`/api/v1/ordering/orders/${UNKNOWN}`).expect(404)).body;
      expect(missing).toMatchObject({ status: 404, code: 'ORDER_NOT_FOUND', detail: `order ${UNKNOWN} does not exist` });

      const attempts = [
        bob.get(`/api/v1/ordering/orders/${order.id}`),
        bob.post(`/api/v1/ordering/orders/${order.id}/lines`).send(line('SKU-3')),
        bob.delete(`/api/v1/ordering/orders/${order.id}/lines/SKU-1`),
        bob.post(`/api/v1/ordering/orders/${order.id}/place`),
        bob.post(`/api/v1/ordering/orders/${order.id}/cancel`).send({ reason: 'not mine' }),
      ];
      for (const attempt of attempts) {
        const { status, body } = await attempt;
        expect(status).toBe(404);
        // The same problem as for an id that never existed, but for the id itself: nothing tells them apart.
        expect({ ...body, detail: body.detail.replace(order.id, UNKNOWN), instance: undefined }).toEqual({
          ...missing,
          instance: undefined,
        });
      }
      const { body: after } = await alice.get(`/api/v1/ordering/orders/${order.id}`).expect(200);
      expect(after).toEqual(order);
    });

    it("a customer's list holds only their own orders, and filtering on another customer answers 403", async () => {
      const { body: mine } = await bob.post('/api/v1/ordering/orders').send({ currency: 'EUR', lines: [] }).expect(201);
      await alice.post('/api/v1/ordering/orders').send({ currency: 'EUR', lines: [] }).expect(201);

      const { body: page } = await bob.get('/api/v1/ordering/orders?limit=100').expect(200);
      expect(page.items.map((o: any) => o.customerId)).toEqual(page.items.map(() => bobId));
      expect(page.items.map((o: any) => o.id)).toContain(mine.id);
      expect(page.total).toBe(page.items.length);
      await bob.get(`/api/v1/ordering/orders?customerId=${bobId}`).expect(200);
      const refused = await bob.get(`/api/v1/ordering/orders?customerId=${aliceId}`).expect(403);
      expect(refused.body).toMatchObject({ code: 'PERMISSION_DENIED', detail: expect.stringContaining('orders:read:any') });
    });

    it("a manager reads and changes any customer's orders and creates one for a named customer", async () => {
      const { body: bobsOwn } = await bob.post('/api/v1/ordering/orders').send({ currency: 'EUR', lines: [] }).expect(201);
      const { body: alicesOwn } = await alice
        .post('/api/v1/ordering/orders')
        .send({ currency: 'EUR', lines: [line('SKU-1')] })
        .expect(201);
      expect((await staff.get(`/api/v1/ordering/orders/${alicesOwn.id}`).expect(200)).body).toEqual(alicesOwn);
      expect((await staff.post(`/api/v1/ordering/orders/${alicesOwn.id}/place`).expect(200)).body.status).toBe('placed');

      const { body: forAlice } = await staff
        .post('/api/v1/ordering/orders')
        .send({ customerId: aliceId, currency: 'EUR', lines: [] })
        .expect(201);
      expect(forAlice.customerId).toBe(aliceId);
      expect(await ordersOf(alice)).toEqual(expect.arrayContaining([alicesOwn.id, forAlice.id]));
      const { body: everyone } = await staff.get('/api/v1/ordering/orders?limit=100').expect(200);
      expect(everyone.items.map((o: any) => o.id)).toEqual(expect.arrayContaining([alicesOwn.id, forAlice.id, bobsOwn.id]));
    });

    it('a customer cannot read or move shipments (403); the manager can', async () => {
      const { body: order } = await alice
        .post('/api/v1/ordering/orders')
        .send({ currency: 'EUR', lines: [line('SKU-1')] })
        .expect(201);
      await alice.post(`/api/v1/ordering/orders/${order.id}/place`).expect(200);
      const shipment = await shipmentOf(order.id);

      for (const attempt of [
        alice.get('/api/v1/shipping/shipments'),
        alice.get(`/api/v1/shipping/shipments/${shipment.id}`),
        alice.post(`/api/v1/shipping/shipments/${shipment.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'JD0002' }),
        alice.post(`/api/v1/shipping/shipments/${shipment.id}/deliver`),
      ]) {
        const { status, body } = await attempt;
        expect({ status, code: body.code }).toEqual({ status: 403, code: 'PERMISSION_DENIED' });
      }
      expect((await staff.get(`/api/v1/shipping/shipments/${shipment.id}`).expect(200)).body).toMatchObject({
        orderId: order.id,
        status: 'pending',
      });
    });
  });
});
