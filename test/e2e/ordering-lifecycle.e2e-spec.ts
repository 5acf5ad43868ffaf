import { DomainEvent } from '@promenade/ddd';
import { EventRoutes, OutboxRelay } from '@promenade/messaging';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  CancelOrderMessage,
  ConfirmOrderMessage,
  MarkOrderDeliveredMessage,
  MarkOrderShippedMessage,
  RecordOrderPaymentMessage,
} from '../../src/contexts/ordering/contracts';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const PAYMENT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';
const ORDERS = '/api/v1/ordering/orders';
const LINES = [{ sku: 'SKU-1', quantity: 2, unitPrice: { amount: 1250, currency: 'EUR' } }];

/**
 * An order's life over HTTP, moved on by the messages Ordering accepts. The relay is stopped for the whole file:
 * no other context hears of these orders (the fulfillment process would reserve stock, charge and maybe cancel
 * them), so each order is where the test put it; the messages go straight to Ordering's handlers.
 */
describe('Ordering: an order from placed to delivered, and its timeline', () => {
  let testApp: TestApp;
  let customer: SignedIn;
  let http: ReturnType<typeof request.agent>;
  let other: ReturnType<typeof request.agent>;
  let staff: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.get(OutboxRelay).stop();
    customer = await signUp(testApp);
    http = request.agent(testApp.url).set(customer.headers);
    other = request.agent(testApp.url).set((await signUp(testApp)).headers);
    staff = request.agent(testApp.url).set((await signUp(testApp, { roles: ['manager'] })).headers);
  });

  afterAll(() => testApp?.close());

  async function draft(): Promise<string> {
    return (await http.post(ORDERS).send({ currency: 'EUR', lines: LINES }).expect(201)).body.id;
  }

  async function placed(): Promise<string> {
    const id = await draft();
    await http.post(`${ORDERS}/${id}/place`).send({ paymentMethodId: PAYMENT_METHOD }).expect(200);
    return id;
  }

  /** Hands a message to the Ordering handler that accepts it, as a delivery would (without the transport). */
  async function deliver(message: DomainEvent): Promise<void> {
    const routes = testApp.app.get(EventRoutes);
    const [delivery] = routes.deliveriesOf(message.toJSON()).filter((candidate) => candidate.context === 'ordering');
    await routes.route(delivery.handlerId)!.handler.handle(message);
  }

  const outboxOf = (orderId: string, name: string): Promise<Array<{ envelope: any }>> =>
    testApp.app.get(DataSource).query(`SELECT envelope FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2`, [orderId, name]);

  describe('placing', () => {
    it('places a draft with the payment method to charge: placed, payment pending, announced as ordering.order-placed v2', async () => {
      const id = await draft();

      const { body } = await http.post(`${ORDERS}/${id}/place`).send({ paymentMethodId: PAYMENT_METHOD }).expect(200);

      expect(body).toMatchObject({
        id,
        userId: customer.userId,
        status: 'placed',
        paymentMethodId: PAYMENT_METHOD,
        paymentState: 'pending',
        shipment: null,
        placedAt: expect.any(String),
        confirmedAt: null,
        shippedAt: null,
        deliveredAt: null,
        cancelledAt: null,
        cancellationReason: null,
      });
      const [row] = await outboxOf(id, 'ordering.order-placed');
      expect(row.envelope).toMatchObject({ version: 2, payload: { orderId: id, total: 2500, paymentMethodId: PAYMENT_METHOD } });
    });

    it.each([
      ['no body', undefined, 'paymentMethodId must be a UUID'],
      ['no payment method', {}, 'paymentMethodId must be a UUID'],
      ['a payment method that is not a UUID', { paymentMethodId: 'card-1' }, 'paymentMethodId must be a UUID'],
    ])('refuses to place with %s: 400 VALIDATION_FAILED naming the field, and the order stays a draft', async (_, body, message) => {
      const id = await draft();

      const response = await http.post(`${ORDERS}/${id}/place`).send(body);

      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'paymentMethodId', message }]);
      expect((await http.get(`${ORDERS}/${id}`).expect(200)).body).toMatchObject({
        status: 'draft',
        paymentMethodId: null,
        paymentState: 'none',
      });
    });
  });

  describe('moved on by the messages Ordering accepts', () => {
    it('shows each step in the order, its list item and its timeline, and announces the delivery', async () => {
      const id = await placed();

      await deliver(new RecordOrderPaymentMessage({ orderId: id, paymentState: 'captured', detail: null }));
      await deliver(new ConfirmOrderMessage({ orderId: id, paymentId: PAYMENT }));
      await deliver(new MarkOrderShippedMessage({ orderId: id, carrier: 'DHL', trackingNumber: 'JD014600' }));
      await deliver(new MarkOrderDeliveredMessage({ orderId: id }));

      const { body: order } = await http.get(`${ORDERS}/${id}`).expect(200);
      expect(order).toMatchObject({
        status: 'delivered',
        paymentState: 'captured',
        shipment: { carrier: 'DHL', trackingNumber: 'JD014600' },
        cancellationReason: null,
      });
      for (const time of ['placedAt', 'confirmedAt', 'shippedAt', 'deliveredAt']) expect(Date.parse(order[time])).not.toBeNaN();
      const { body: list } = await http.get(`${ORDERS}?status=delivered`).expect(200);
      expect(list.items.find((item: { id: string }) => item.id === id)).toEqual(order);

      const { body: timeline } = await http.get(`${ORDERS}/${id}/timeline`).expect(200);
      expect(timeline.items).toEqual([
        { at: order.placedAt, type: 'placed', detail: `payment method ${PAYMENT_METHOD}` },
        { at: expect.any(String), type: 'payment-captured', detail: null },
        { at: order.confirmedAt, type: 'confirmed', detail: `payment ${PAYMENT}` },
        { at: order.shippedAt, type: 'shipped', detail: 'DHL, tracking number JD014600' },
        { at: order.deliveredAt, type: 'delivered', detail: null },
      ]);
      const [delivered] = await outboxOf(id, 'ordering.order-delivered');
      expect(delivered.envelope).toMatchObject({
        version: 1,
        payload: { orderId: id, customerId: customer.userId, currency: 'EUR', total: 2500, deliveredAt: order.deliveredAt },
      });
    });

    it('leaves aside a message that no longer applies, without failing it: a shipped order is not cancelled, a repeat changes nothing', async () => {
      const id = await placed();
      await deliver(new ConfirmOrderMessage({ orderId: id, paymentId: PAYMENT }));
      await deliver(new MarkOrderShippedMessage({ orderId: id, carrier: 'DHL', trackingNumber: 'JD014600' }));
      const { body: before } = await http.get(`${ORDERS}/${id}`).expect(200);

      await expect(deliver(new CancelOrderMessage({ orderId: id, reason: 'out of stock' }))).resolves.toBeUndefined();
      await expect(deliver(new ConfirmOrderMessage({ orderId: id, paymentId: PAYMENT }))).resolves.toBeUndefined();

      expect((await http.get(`${ORDERS}/${id}`).expect(200)).body).toEqual(before);
    });

    it('cancels a placed order on the fulfillment process’s word, with its reason in the order and the timeline', async () => {
      const id = await placed();

      await deliver(new RecordOrderPaymentMessage({ orderId: id, paymentState: 'failed', detail: 'card_declined' }));
      await deliver(new CancelOrderMessage({ orderId: id, reason: 'payment failed: card_declined' }));

      expect((await http.get(`${ORDERS}/${id}`).expect(200)).body).toMatchObject({
        status: 'cancelled',
        paymentState: 'failed',
        cancellationReason: 'payment failed: card_declined',
      });
      const { body: timeline } = await http.get(`${ORDERS}/${id}/timeline`).expect(200);
      expect(timeline.items.map(({ type, detail }: { type: string; detail: string }) => [type, detail])).toEqual([
        ['placed', `payment method ${PAYMENT_METHOD}`],
        ['payment-failed', 'card_declined'],
        ['cancelled', 'payment failed: card_declined'],
      ]);
      const [cancelled] = await outboxOf(id, 'ordering.order-cancelled');
      expect(cancelled.envelope.payload).toEqual({ orderId: id, reason: 'payment failed: card_declined', wasPlaced: true });
    });
  });

  describe('cancelling over HTTP', () => {
    it('cancels a confirmed order', async () => {
      const id = await placed();
      await deliver(new ConfirmOrderMessage({ orderId: id, paymentId: PAYMENT }));

      const { body } = await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'changed my mind' }).expect(200);

      expect(body).toMatchObject({ status: 'cancelled', cancellationReason: 'changed my mind', confirmedAt: expect.any(String) });
    });

    it('refuses to cancel a shipped order: 409 ORDER_NOT_CANCELLABLE', async () => {
      const id = await placed();
      await deliver(new ConfirmOrderMessage({ orderId: id, paymentId: PAYMENT }));
      await deliver(new MarkOrderShippedMessage({ orderId: id, carrier: 'UPS', trackingNumber: '1Z999' }));

      expectProblem(await http.post(`${ORDERS}/${id}/cancel`).send({ reason: 'too late' }), 409, 'ORDER_NOT_CANCELLABLE');
      expect((await http.get(`${ORDERS}/${id}`).expect(200)).body.status).toBe('shipped');
    });
  });

  describe('GET /orders/{id}/timeline', () => {
    it("answers a draft's empty timeline", async () => {
      expect((await http.get(`${ORDERS}/${await draft()}/timeline`).expect(200)).body).toEqual({ items: [] });
    });

    it("answers another customer's order as not found, and staff with orders:read:any", async () => {
      const id = await placed();

      expectProblem(await other.get(`${ORDERS}/${id}/timeline`), 404, 'ORDER_NOT_FOUND');
      expect((await staff.get(`${ORDERS}/${id}/timeline`).expect(200)).body.items.map((entry: { type: string }) => entry.type)).toEqual([
        'placed',
      ]);
    });

    it('answers an unknown order with 404 and a malformed id with 400', async () => {
      expectProblem(await http.get(`${ORDERS}/${UNKNOWN}/timeline`), 404, 'ORDER_NOT_FOUND');
      expectProblem(await http.get(`${ORDERS}/not-a-uuid/timeline`), 400, 'VALIDATION_FAILED');
    });

    it('needs a token', async () => {
      expectProblem(await request(testApp.url).get(`${ORDERS}/${UNKNOWN}/timeline`), 401, 'UNAUTHENTICATED');
    });
  });
});
