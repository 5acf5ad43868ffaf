import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

type Agent = ReturnType<typeof request.agent>;
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const ORDERS = '/api/v1/ordering/orders';
const SHIPMENTS = '/api/v1/shipping/shipments';
/** How long the fulfillment saga may take to answer an order's placement or its shipment. */
const SAGA_MS = 20_000;
const line = (sku: string, quantity = 1, amount = 1000, currency = 'EUR') => ({ sku, quantity, unitPrice: { amount, currency } });

/**
 * Ordering and Shipping through HTTP, with the fulfillment saga between them: a placed order's shipment opens held,
 * the saga releases it once the stock is reserved and the card charged (SKU-1 is in stock), staff ship and deliver,
 * and the order follows. An order paid with `pm_card_3ds` stays placed with its shipment held for the whole file:
 * its 3-D Secure confirmation is due ten minutes later (the longest the sandbox allows), so the saga waits for the payment.
 */
describe('Ordering → Shipping through HTTP', () => {
  let testApp: TestApp;
  /** A customer (role `user`): their own orders only. */
  let customer: SignedIn;
  let http: Agent;
  /** Staff (role `manager`): every customer's orders, and shipments. */
  let staff: Agent;
  /** The administrator: the catalog and the stock, and CRM's customers. */
  let admin: Agent;
  /** The customer's cards: one the saga charges at once, one whose payment never completes while the file runs. */
  let okCard: string;
  let heldCard: string;

  beforeAll(async () => {
    testApp = await startTestApp({ SANDBOX_3DS_DELAY_MS: '600000' });
    customer = await signUp(testApp);
    http = request.agent(testApp.url).set(customer.headers);
    staff = request.agent(testApp.url).set((await signUp(testApp, { roles: ['manager'] })).headers);
    admin = request.agent(testApp.url).set((await signUp(testApp, { roles: ['admin'] })).headers);
    const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
    await admin.post('/api/v1/warehouse/warehouses').send({ code: 'WH-1', name: 'Kyiv', address, timeZone: 'Europe/Kyiv' }).expect(201);
    await admin.post('/api/v1/warehouse/products').send({ sku: 'SKU-1', name: 'Mug', unit: 'each' }).expect(201);
    await admin
      .post('/api/v1/warehouse/stock/receipts')
      .send({ warehouse: 'WH-1', lines: [{ sku: 'SKU-1', quantity: 1000 }] })
      .expect(201);
    [okCard, heldCard] = [await card(http, 'pm_card_ok'), await card(http, 'pm_card_3ds')];
  }, 120_000);

  afterAll(() => testApp?.close());

  async function card(agent: Agent, token: string): Promise<string> {
    return (await agent.post('/api/v1/billing/payment-methods').send({ token, label: token }).expect(201)).body.id;
  }

  async function createOrder(lines = [line('SKU-1', 2, 1250)]): Promise<string> {
    const { status, body } = await http.post(ORDERS).send({ currency: 'EUR', lines });
    expect(status).toBe(201);
    return body.id;
  }

  /** A placed order of the customer's, paid with `paymentMethodId`. */
  async function placedOrder(paymentMethodId: string): Promise<string> {
    const id = await createOrder();
    await http.post(`${ORDERS}/${id}/place`).send({ paymentMethodId }).expect(200);
    return id;
  }

  const orderIn = (id: string, status: string) =>
    eventually(async () => {
      const { body } = await http.get(`${ORDERS}/${id}`).expect(200);
      return body.status === status ? body : undefined;
    }, SAGA_MS);

  async function shipmentOf(orderId: string): Promise<any> {
    return eventually(async () => {
      const { body } = await staff.get(`${SHIPMENTS}?orderId=${orderId}`).expect(200);
      return body.items[0];
    }, SAGA_MS);
  }

  const shipmentIn = (orderId: string, status: string) =>
    eventually(async () => {
      const { body } = await staff.get(`${SHIPMENTS}?orderId=${orderId}`).expect(200);
      return body.items[0]?.status === status ? body.items[0] : undefined;
    }, SAGA_MS);

  /** Waits until Shipping has handled the event `eventName` that the order raised (its inbox row). */
  async function handledByShipping(eventName: string, orderId: string, handler: string): Promise<void> {
    const db = testApp.app.get(DataSource);
    await eventually(async () => {
      const rows = await db.query(
        `SELECT 1 FROM messaging.outbox o JOIN messaging.inbox i ON i.event_id = o.event_id AND i.handler = $3
         WHERE o.aggregate_id = $1 AND o.event_name = $2 AND o.target_handler IS NULL`,
        [orderId, eventName, handler],
      );
      return rows.length > 0 ? true : undefined;
    }, SAGA_MS);
  }

  async function expectUnchanged(orderId: string, before: any): Promise<void> {
    const { body } = await http.get(`${ORDERS}/${orderId}`).expect(200);
    expect(body).toEqual(before);
  }

  it('places with a card: the saga confirms the order and releases its shipment, which ships and delivers; the order follows', async () => {
    const created = await http.post(ORDERS).send({ currency: 'EUR', lines: [] }).expect(201);
    expect(created.body).toMatchObject({
      userId: customer.userId,
      currency: 'EUR',
      status: 'draft',
      lines: [],
      total: { amount: 0, currency: 'EUR' },
      version: 1,
    });
    const id = created.body.id;

    const added = await http
      .post(`${ORDERS}/${id}/lines`)
      .send(line('SKU-1', 3, 199))
      .expect(200);
    expect(added.body.lines).toEqual([
      { sku: 'SKU-1', quantity: 3, unitPrice: { amount: 199, currency: 'EUR' }, total: { amount: 597, currency: 'EUR' } },
    ]);
    await http
      .post(`${ORDERS}/${id}/lines`)
      .send(line('SKU-2', 1, 1000))
      .expect(200);
    const removed = await http.delete(`${ORDERS}/${id}/lines/SKU-2`).expect(200);
    expect(removed.body.total).toEqual({ amount: 597, currency: 'EUR' });
    expect(removed.body.version).toBe(4);

    const placed = await http.post(`${ORDERS}/${id}/place`).send({ paymentMethodId: okCard }).expect(200);
    expect(placed.body).toMatchObject({
      status: 'placed',
      paymentMethodId: okCard,
      paymentState: 'pending',
      shipment: null,
      placedAt: expect.any(String),
    });

    // Stock reserved and the card charged: the saga confirms the order and releases its shipment.
    const confirmed = await orderIn(id, 'confirmed');
    expect(confirmed).toMatchObject({ paymentState: 'captured', confirmedAt: expect.any(String), shipment: null });
    const released = await shipmentIn(id, 'pending');
    expect(released).toMatchObject({ orderId: id, carrier: null, trackingNumber: null, releasedAt: expect.any(String) });

    const shipped = await staff.post(`${SHIPMENTS}/${released.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'JD0001' }).expect(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', carrier: 'DHL', trackingNumber: 'JD0001' });
    expect(await orderIn(id, 'shipped')).toMatchObject({
      shipment: { carrier: 'DHL', trackingNumber: 'JD0001' },
      shippedAt: expect.any(String),
    });

    const delivered = await staff.post(`${SHIPMENTS}/${released.id}/deliver`).expect(200);
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    expect(await orderIn(id, 'delivered')).toMatchObject({
      shipment: { carrier: 'DHL', trackingNumber: 'JD0001' },
      deliveredAt: expect.any(String),
    });
  }, 60_000);

  it('a shipment stays held while its order waits for the payment: shipping it answers 409 SHIPMENT_NOT_RELEASED', async () => {
    const id = await placedOrder(heldCard);
    const held = await shipmentOf(id);
    expect(held).toMatchObject({ orderId: id, status: 'held', releasedAt: null });

    expectProblem(
      await staff.post(`${SHIPMENTS}/${held.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'JD0003' }),
      409,
      'SHIPMENT_NOT_RELEASED',
    );
    expect((await staff.get(`${SHIPMENTS}/${held.id}`).expect(200)).body).toEqual(held);
    expect((await http.get(`${ORDERS}/${id}`).expect(200)).body.status).toBe('placed');
  });

  it('cancelling a placed order cancels its held shipment', async () => {
    const id = await placedOrder(heldCard);
    const held = await shipmentOf(id);
    expect(held.status).toBe('held');

    const cancelled = await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'changed my mind' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'changed my mind' });

    const shipment = await shipmentIn(id, 'cancelled');
    expect(shipment).toMatchObject({ id: held.id, cancelledAt: expect.any(String), releasedAt: null });
  });

  it('cancelling a confirmed order cancels its pending shipment, which can no longer ship', async () => {
    const id = await placedOrder(okCard);
    await orderIn(id, 'confirmed');
    const pending = await shipmentIn(id, 'pending');

    const cancelled = await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'changed my mind' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'changed my mind' });

    const shipment = await shipmentIn(id, 'cancelled');
    expect(shipment).toMatchObject({ id: pending.id, cancelledAt: expect.any(String) });
    expectProblem(
      await staff.post(`${SHIPMENTS}/${pending.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'X' }),
      409,
      'SHIPMENT_INVALID_TRANSITION',
    );
  }, 60_000);

  it('a shipped order cannot be cancelled (409 ORDER_NOT_CANCELLABLE), and its shipment stays shipped', async () => {
    const id = await placedOrder(okCard);
    const pending = await shipmentIn(id, 'pending');
    await staff.post(`${SHIPMENTS}/${pending.id}/ship`).send({ carrier: 'UPS', trackingNumber: '1Z999' }).expect(200);
    const shipped = await orderIn(id, 'shipped');

    expectProblem(await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'too late' }), 409, 'ORDER_NOT_CANCELLABLE');

    expect((await http.get(`${ORDERS}/${id}`).expect(200)).body).toMatchObject({
      status: 'shipped',
      cancellationReason: null,
      version: shipped.version,
    });
    expect((await staff.get(`${SHIPMENTS}/${pending.id}`).expect(200)).body).toMatchObject({
      status: 'shipped',
      carrier: 'UPS',
      trackingNumber: '1Z999',
      cancelledAt: null,
    });
  }, 60_000);

  it('cancelling a draft creates no shipment', async () => {
    const id = await createOrder();
    await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'duplicate' }).expect(200);
    // Shipping has heard of the cancellation, and found no placed order in it.
    await handledByShipping('ordering.order-cancelled', id, 'shipping.cancel-shipment-on-order-cancelled');
    const { body } = await staff.get(`${SHIPMENTS}?orderId=${id}`).expect(200);
    expect(body).toMatchObject({ items: [], total: 0 });
  });

  it("names the owner userId, the user CRM's customer links to by its own userId, not that customer's id", async () => {
    const { body: order } = await http.post(ORDERS).send({ currency: 'EUR', lines: [] }).expect(201);
    const crmCustomer = await eventually(async () => {
      const { body } = await admin.get(`/api/v1/crm/customers?search=${encodeURIComponent(customer.email)}`).expect(200);
      return body.items[0];
    });

    expect(order.userId).toBe(crmCustomer.userId);
    expect(order.userId).not.toBe(crmCustomer.id);
    expect(order).not.toHaveProperty('customerId');
  });

  describe('refuses bad requests with problem+json and changes nothing', () => {
    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await http.post(ORDERS).set('content-type', 'application/json').send('{"userId":');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', instance: ORDERS });
    });

    it('answers unknown fields and invalid values with 400 and one error per field', async () => {
      const response = await http
        .post(ORDERS)
        .send({ userId: 'nope', currency: 'EUR', lines: [line('A', -1)], extra: true })
        .expect(400);
      expect(response.body).toMatchObject({
        type: 'https://promenade.dev/problems/validation-failed',
        title: 'Bad Request',
        code: 'VALIDATION_FAILED',
      });
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'extra', message: 'property extra should not exist' },
          { field: 'userId', message: 'userId must be a UUID' },
          { field: 'lines.0.quantity', message: 'quantity must not be less than 1' },
        ]),
      );
      const list = await http.get(`${ORDERS}?userId=${customer.userId}&limit=100`).expect(200);
      expect(list.body.items.every((o: any) => o.lines.every((l: any) => l.quantity > 0))).toBe(true);
    });

    it("refuses customerId, CRM's name for its own customer ids, as an unknown field in the body and the list filter", async () => {
      const before = (await http.get(`${ORDERS}?limit=100`).expect(200)).body.total;

      const created = await http.post(ORDERS).send({ customerId: customer.userId, currency: 'EUR', lines: [] }).expect(400);
      const listed = await http.get(`${ORDERS}?customerId=${customer.userId}`).expect(400);

      for (const { body } of [created, listed]) {
        expect(body).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'customerId', message: 'property customerId should not exist' }],
        });
      }
      expect((await http.get(`${ORDERS}?limit=100`).expect(200)).body.total).toBe(before);
    });

    it('refuses a negative quantity when adding a line, leaving the order as it was', async () => {
      const id = await createOrder();
      const before = (await http.get(`${ORDERS}/${id}`)).body;
      const response = await http.post(`${ORDERS}/${id}/lines`).send(line('SKU-9', -2)).expect(400);
      expect(response.body.errors).toEqual([{ field: 'quantity', message: 'quantity must not be less than 1' }]);
      await expectUnchanged(id, before);
    });

    it('refuses a line in another currency with 422', async () => {
      const id = await createOrder();
      const before = (await http.get(`${ORDERS}/${id}`)).body;
      const response = await http
        .post(`${ORDERS}/${id}/lines`)
        .send(line('SKU-9', 1, 100, 'USD'))
        .expect(422);
      expect(response.body).toMatchObject({ code: 'ORDER_LINE_CURRENCY_MISMATCH', status: 422, title: 'Unprocessable Entity' });
      await expectUnchanged(id, before);
    });

    it('refuses an unknown currency with 422 CURRENCY_INVALID', async () => {
      const response = await http.post(ORDERS).send({ currency: 'ZZZ', lines: [] }).expect(422);
      expect(response.body.code).toBe('CURRENCY_INVALID');
    });

    it('answers unknown ids with 404 and malformed ids with 400', async () => {
      const missing = await http.get(`${ORDERS}/${UNKNOWN}`).expect(404);
      expect(missing.body).toMatchObject({ code: 'ORDER_NOT_FOUND', status: 404 });
      await http.post(`${ORDERS}/${UNKNOWN}/place`).send({ paymentMethodId: okCard }).expect(404);
      const shipment = await staff.post(`${SHIPMENTS}/${UNKNOWN}/deliver`).expect(404);
      expect(shipment.body.code).toBe('SHIPMENT_NOT_FOUND');
      const malformed = await http.get('/api/v1/ordering/orders/not-a-uuid').expect(400);
      expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'id', message: 'id must be a UUID' }] });
      const line404 = await http.delete(`${ORDERS}/${await createOrder()}/lines/NOPE`).expect(404);
      expect(line404.body.code).toBe('ORDER_LINE_NOT_FOUND');
    });

    it('answers illegal transitions with 409 and a stable code', async () => {
      const empty = await createOrder([]);
      expect((await http.post(`${ORDERS}/${empty}/place`).send({ paymentMethodId: okCard }).expect(409)).body.code).toBe('ORDER_EMPTY');

      // Placed with the card whose payment stays pending: nothing moves it on while the test looks.
      const id = await placedOrder(heldCard);
      const before = (await http.get(`${ORDERS}/${id}`)).body;
      expect((await http.post(`${ORDERS}/${id}/place`).send({ paymentMethodId: okCard }).expect(409)).body.code).toBe('ORDER_NOT_DRAFT');
      expect((await http.post(`${ORDERS}/${id}/lines`).send(line('X')).expect(409)).body.code).toBe('ORDER_NOT_DRAFT');
      expect((await http.delete(`${ORDERS}/${id}/lines/SKU-1`).expect(409)).body.code).toBe('ORDER_NOT_DRAFT');
      await expectUnchanged(id, before);

      await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'r' }).expect(200);
      expect((await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'again' }).expect(409)).body.code).toBe('ORDER_NOT_CANCELLABLE');

      const shipment = await shipmentIn(id, 'cancelled');
      expect((await staff.post(`${SHIPMENTS}/${shipment.id}/deliver`).expect(409)).body.code).toBe('SHIPMENT_INVALID_TRANSITION');
    });

    it('refuses a blank cancellation reason with 422', async () => {
      const id = await createOrder();
      const response = await http.post(`${ORDERS}/${id}/cancel`).send({ reason: '   ' }).expect(422);
      expect(response.body.code).toBe('ORDER_CANCELLATION_REASON_REQUIRED');
      expect((await http.get(`${ORDERS}/${id}`)).body.status).toBe('draft');
    });

    it('refuses a second line for the same SKU with 409', async () => {
      const id = await createOrder();
      const response = await http.post(`${ORDERS}/${id}/lines`).send(line('SKU-1')).expect(409);
      expect(response.body.code).toBe('ORDER_LINE_DUPLICATE');
    });
  });

  it('never loses one of several racing changes: each applies, or answers 409 CONCURRENCY_CONFLICT', async () => {
    const id = await createOrder([]);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => http.post(`${ORDERS}/${id}/lines`).send(line(`RACE-${i}`))));
    const applied = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(applied.length + conflicts.length).toBe(results.length);
    conflicts.forEach((r) => expect(r.body.code).toBe('CONCURRENCY_CONFLICT'));
    const { body } = await http.get(`${ORDERS}/${id}`).expect(200);
    expect(body.lines).toHaveLength(applied.length);
    expect(body.version).toBe(1 + applied.length);
  });

  it('lists with filters and real totals', async () => {
    const buyer = (await signUp(testApp)).userId;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { body } = await staff
        .post(ORDERS)
        .send({ userId: buyer, currency: 'JPY', lines: [line('A', 1, 500, 'JPY')] })
        .expect(201);
      ids.push(body.id);
    }
    // Product A is not in the catalog: the saga cancels the placed order before any payment is tried.
    await staff.post(`${ORDERS}/${ids[0]}/place`).send({ paymentMethodId: UNKNOWN }).expect(200);
    const cancelled = await eventually(async () => {
      const { body } = await staff.get(`${ORDERS}/${ids[0]}`).expect(200);
      return body.status === 'cancelled' ? body : undefined;
    }, SAGA_MS);
    expect(cancelled.cancellationReason).toBe('unknown product: A');

    const page = await staff.get(`${ORDERS}?userId=${buyer}&limit=2&page=1`).expect(200);
    expect(page.body).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(page.body.items.map((o: any) => o.id)).toEqual([ids[2], ids[1]]);
    const second = await staff.get(`${ORDERS}?userId=${buyer}&limit=2&page=2`).expect(200);
    expect(second.body.items.map((o: any) => o.id)).toEqual([ids[0]]);
    const byStatus = await staff.get(`${ORDERS}?userId=${buyer}&status=cancelled`).expect(200);
    expect(byStatus.body).toMatchObject({ total: 1, limit: 20, page: 1 });
    expect(byStatus.body.items.map((o: any) => o.id)).toEqual([ids[0]]);
    const drafts = await staff.get(`${ORDERS}?userId=${buyer}&status=draft`).expect(200);
    expect(drafts.body.items.map((o: any) => o.id)).toEqual([ids[2], ids[1]]);

    // `held` is a shipment's status, not an order's.
    for (const query of ['limit=0', 'limit=101', 'page=0', 'status=held', 'userId=x', 'unknown=1']) {
      const bad = await http.get(`${ORDERS}?${query}`).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
    await shipmentIn(ids[0], 'cancelled');
    const shipments = await staff.get(`${SHIPMENTS}?status=cancelled&limit=1`).expect(200);
    expect(shipments.body).toMatchObject({ page: 1, limit: 1, items: [{ status: 'cancelled' }] });
    expect(shipments.body.total).toBeGreaterThanOrEqual(1);
  }, 60_000);

  describe('who may reach which orders and shipments', () => {
    let alice: Agent;
    let bob: Agent;
    let aliceId: string;
    let bobId: string;
    /** Alice's card whose payment stays pending: her placed orders keep their shipments held. */
    let aliceCard: string;

    beforeAll(async () => {
      const [a, b] = [await signUp(testApp), await signUp(testApp)];
      [alice, bob, aliceId, bobId] = [
        request.agent(testApp.url).set(a.headers),
        request.agent(testApp.url).set(b.headers),
        a.userId,
        b.userId,
      ];
      aliceCard = await card(alice, 'pm_card_3ds');
    });

    const ordersOf = async (agent: Agent) => (await agent.get(`${ORDERS}?limit=100`).expect(200)).body.items.map((o: any) => o.id).sort();

    it('a customer creates an order for themselves without naming a userId', async () => {
      const { body } = await alice
        .post(ORDERS)
        .send({ currency: 'EUR', lines: [line('SKU-1')] })
        .expect(201);

      expect(body).toMatchObject({ userId: aliceId, status: 'draft' });
      expect(await ordersOf(alice)).toContain(body.id);
    });

    it('a customer naming another user is refused with 403 PERMISSION_DENIED, and nothing is created', async () => {
      const before = await ordersOf(bob);

      const response = await alice.post(ORDERS).send({ userId: bobId, currency: 'EUR', lines: [] }).expect(403);

      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 403, code: 'PERMISSION_DENIED', detail: expect.stringContaining('orders:write:any') });
      expect(await ordersOf(bob)).toEqual(before);
    });

    it("another customer's order answers 404 ORDER_NOT_FOUND exactly like a missing one, for reads and every change", async () => {
      const { body: order } = await alice
        .post(ORDERS)
        .send({ currency: 'EUR', lines: [line('SKU-1'), line('SKU-2')] })
        .expect(201);
      const missing = (await bob.get(`${ORDERS}/${UNKNOWN}`).expect(404)).body;
      expect(missing).toMatchObject({ status: 404, code: 'ORDER_NOT_FOUND', detail: `order ${UNKNOWN} does not exist` });

      const attempts = [
        bob.get(`${ORDERS}/${order.id}`),
        bob.post(`${ORDERS}/${order.id}/lines`).send(line('SKU-3')),
        bob.delete(`${ORDERS}/${order.id}/lines/SKU-1`),
        bob.post(`${ORDERS}/${order.id}/place`).send({ paymentMethodId: UNKNOWN }),
        bob.post(`${ORDERS}/${order.id}/cancel`).send({ reason: 'not mine' }),
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
      const { body: after } = await alice.get(`${ORDERS}/${order.id}`).expect(200);
      expect(after).toEqual(order);
    });

    it("a customer's list holds only their own orders, and filtering on another user answers 403", async () => {
      const { body: mine } = await bob.post(ORDERS).send({ currency: 'EUR', lines: [] }).expect(201);
      await alice.post(ORDERS).send({ currency: 'EUR', lines: [] }).expect(201);

      const { body: page } = await bob.get(`${ORDERS}?limit=100`).expect(200);
      expect(page.items.map((o: any) => o.userId)).toEqual(page.items.map(() => bobId));
      expect(page.items.map((o: any) => o.id)).toContain(mine.id);
      expect(page.total).toBe(page.items.length);
      await bob.get(`${ORDERS}?userId=${bobId}`).expect(200);
      const refused = await bob.get(`${ORDERS}?userId=${aliceId}`).expect(403);
      expect(refused.body).toMatchObject({ code: 'PERMISSION_DENIED', detail: expect.stringContaining('orders:read:any') });
    });

    it("a manager reads and changes any customer's orders and creates one for a named user", async () => {
      const { body: bobsOwn } = await bob.post(ORDERS).send({ currency: 'EUR', lines: [] }).expect(201);
      const { body: alicesOwn } = await alice
        .post(ORDERS)
        .send({ currency: 'EUR', lines: [line('SKU-1')] })
        .expect(201);
      expect((await staff.get(`${ORDERS}/${alicesOwn.id}`).expect(200)).body).toEqual(alicesOwn);
      const placed = await staff.post(`${ORDERS}/${alicesOwn.id}/place`).send({ paymentMethodId: aliceCard }).expect(200);
      expect(placed.body).toMatchObject({ status: 'placed', paymentMethodId: aliceCard });

      const { body: forAlice } = await staff.post(ORDERS).send({ userId: aliceId, currency: 'EUR', lines: [] }).expect(201);
      expect(forAlice.userId).toBe(aliceId);
      expect(await ordersOf(alice)).toEqual(expect.arrayContaining([alicesOwn.id, forAlice.id]));
      const { body: everyone } = await staff.get(`${ORDERS}?limit=100`).expect(200);
      expect(everyone.items.map((o: any) => o.id)).toEqual(expect.arrayContaining([alicesOwn.id, forAlice.id, bobsOwn.id]));
    });

    it('a customer cannot read or move shipments (403); the manager can', async () => {
      const { body: order } = await alice
        .post(ORDERS)
        .send({ currency: 'EUR', lines: [line('SKU-1')] })
        .expect(201);
      await alice.post(`${ORDERS}/${order.id}/place`).send({ paymentMethodId: aliceCard }).expect(200);
      const shipment = await shipmentOf(order.id);

      for (const attempt of [
        alice.get(SHIPMENTS),
        alice.get(`${SHIPMENTS}/${shipment.id}`),
        alice.post(`${SHIPMENTS}/${shipment.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'JD0002' }),
        alice.post(`${SHIPMENTS}/${shipment.id}/deliver`),
      ]) {
        const { status, body } = await attempt;
        expect({ status, code: body.code }).toEqual({ status: 403, code: 'PERMISSION_DENIED' });
      }
      expect((await staff.get(`${SHIPMENTS}/${shipment.id}`).expect(200)).body).toMatchObject({
        orderId: order.id,
        status: 'held',
      });
    });
  });
});
