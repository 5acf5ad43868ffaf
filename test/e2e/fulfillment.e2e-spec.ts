import request from 'supertest';
import { signUp, SignedIn } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

type Agent = ReturnType<typeof request.agent>;
const ORDERS = '/api/v1/ordering/orders';

interface Totals {
  onHand: number;
  reserved: number;
  available: number;
}

/**
 * An order's way to the customer's door through five contexts, on the embedded default (memory transport): the
 * customer places it with a card, the fulfillment saga reserves the stock, invoices and charges it, confirms the order
 * and releases its shipment; staff ship and deliver. Each failure ends consistent: no held stock, nothing charged that
 * is not refunded, the order cancelled with its reason.
 */
describe('Order fulfillment through HTTP (embedded)', () => {
  let t: TestApp;
  let customer: SignedIn;
  let asCustomer: Agent;
  /** Sets up the catalog and the stock, ships and delivers, reads every invoice, payment and saga. */
  let admin: Agent;

  beforeAll(async () => {
    t = await startTestApp({
      // 3-D Secure confirms after 8 s, the fulfillment waits 3 s for a payment: the timeout path, then a late payment.
      FULFILLMENT_PAYMENT_TIMEOUT_MINUTES: '0.05',
      SANDBOX_3DS_DELAY_MS: '8000',
      PAYMENT_WEBHOOK_SECRET: 'e2e-webhook-secret-of-at-least-32-characters',
    });
    customer = await signUp(t);
    asCustomer = request.agent(t.url).set(customer.headers);
    admin = request.agent(t.url).set((await signUp(t, { roles: ['admin'] })).headers);
    const address = { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' };
    await admin.post('/api/v1/warehouse/warehouses').send({ code: 'KBP-1', name: 'Kyiv', address, timeZone: 'Europe/Kyiv' }).expect(201);
    for (const [sku, onHand] of [
      ['MUG', 50],
      ['TEE', 1],
      ['OLD', 10],
    ] as const) {
      await admin
        .post('/api/v1/warehouse/products')
        .send({ sku, name: `Product ${sku}`, unit: 'each' })
        .expect(201);
      await admin
        .post('/api/v1/warehouse/stock/receipts')
        .send({ warehouse: 'KBP-1', lines: [{ sku, quantity: onHand }] })
        .expect(201);
    }
    await admin.post('/api/v1/warehouse/products/OLD/discontinue').expect((response) => expect(response.status).toBeLessThan(300));
  }, 120_000);

  afterAll(() => t?.close());

  async function card(token: string): Promise<string> {
    const { body } = await asCustomer.post('/api/v1/billing/payment-methods').send({ token, label: token }).expect(201);
    return body.id;
  }

  async function place(lines: Array<{ sku: string; quantity: number }>, token: string): Promise<string> {
    const { body } = await asCustomer
      .post(ORDERS)
      .send({ currency: 'EUR', lines: lines.map((line) => ({ ...line, unitPrice: { amount: 1250, currency: 'EUR' } })) })
      .expect(201);
    await asCustomer
      .post(`${ORDERS}/${body.id}/place`)
      .send({ paymentMethodId: await card(token) })
      .expect(200);
    return body.id;
  }

  const orderOf = async (id: string) => (await asCustomer.get(`${ORDERS}/${id}`).expect(200)).body;
  const stockOf = async (sku: string): Promise<Totals> =>
    (await admin.get(`/api/v1/warehouse/products/${sku}/stock`).expect(200)).body.total;
  const sagaOf = async (orderId: string) => {
    const { body } = await admin
      .get('/api/v1/admin/sagas')
      .query({ correlation: `order:${orderId}` })
      .expect(200);
    return body.items.length === 1 ? (await admin.get(`/api/v1/admin/sagas/${body.items[0].id}`).expect(200)).body : undefined;
  };
  const paymentsOfCustomer = async () => (await asCustomer.get('/api/v1/billing/payments').query({ limit: 100 }).expect(200)).body.items;

  /** Waits until the order reaches `status` (and the saga has ended or waits where expected). */
  const until = (id: string, status: string, timeoutMs = 20_000) =>
    eventually(async () => {
      const order = await orderOf(id);
      return order.status === status ? order : undefined;
    }, timeoutMs);
  const sagaIn = (id: string, state: string, timeoutMs = 20_000) =>
    eventually(async () => {
      const saga = await sagaOf(id);
      return saga?.state === state ? saga : undefined;
    }, timeoutMs);

  async function shipmentOf(orderId: string) {
    const { body } = await admin.get('/api/v1/shipping/shipments').query({ orderId }).expect(200);
    return body.items[0];
  }

  it('the happy path: reserved, charged, confirmed, shipped with a tracking number, delivered; the stock is issued', async () => {
    const before = await stockOf('MUG');
    const id = await place([{ sku: 'MUG', quantity: 2 }], 'pm_card_ok');

    const confirmed = await until(id, 'confirmed');
    expect(confirmed).toMatchObject({ paymentState: 'captured', shipment: null });
    const saga = await sagaIn(id, 'awaiting_shipment');
    expect(saga.completedSteps).toEqual(['stock', 'payment']);
    expect(await stockOf('MUG')).toEqual({ onHand: before.onHand, reserved: before.reserved + 2, available: before.available - 2 });

    // Released by the saga: staff can ship it now.
    const shipment = await eventually(async () => ((await shipmentOf(id))?.status === 'pending' ? shipmentOf(id) : undefined));
    await admin
      .post(`/api/v1/shipping/shipments/${shipment.id}/ship`)
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    const shipped = await until(id, 'shipped');
    expect(shipped.shipment).toEqual({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
    await eventually(async () => ((await stockOf('MUG')).onHand === before.onHand - 2 ? true : undefined));
    expect(await stockOf('MUG')).toEqual({ onHand: before.onHand - 2, reserved: before.reserved, available: before.available - 2 });

    await admin.post(`/api/v1/shipping/shipments/${shipment.id}/deliver`).expect(200);
    await until(id, 'delivered');
    const ended = await sagaIn(id, 'delivered');
    expect(ended.endedAt).not.toBeNull();
    expect(ended.history.map((step: { to: string }) => step.to)).toEqual([
      'reserving_stock',
      'invoicing',
      'awaiting_payment',
      'confirming_reservation',
      'awaiting_shipment',
      'awaiting_delivery',
      'delivered',
    ]);

    const { body: timeline } = await asCustomer.get(`${ORDERS}/${id}/timeline`).expect(200);
    expect(timeline.items.map((entry: { type: string }) => entry.type)).toEqual(
      expect.arrayContaining(['placed', 'confirmed', 'shipped', 'delivered']),
    );
    const charged = (await paymentsOfCustomer()).filter((payment: { status: string }) => payment.status === 'succeeded');
    expect(charged.map((payment: { amount: unknown }) => payment.amount)).toContainEqual({ amount: 2500, currency: 'EUR' });
  }, 90_000);

  it('out of stock: the order is cancelled naming the short SKU, nothing is charged, no stock stays held', async () => {
    const paymentsBefore = (await paymentsOfCustomer()).length;
    const id = await place([{ sku: 'TEE', quantity: 3 }], 'pm_card_ok');
    const order = await until(id, 'cancelled');
    expect(order.cancellationReason).toBe('out of stock: TEE (3 requested, 1 available)');
    expect(order.paymentState).toBe('pending');
    expect((await paymentsOfCustomer()).length).toBe(paymentsBefore);
    expect((await stockOf('TEE')).reserved).toBe(0);
    expect((await sagaIn(id, 'cancelled')).completedSteps).toEqual([]);
  }, 60_000);

  it('an unknown or discontinued SKU fails the reservation step with that reason', async () => {
    const id = await place(
      [
        { sku: 'NOPE', quantity: 1 },
        { sku: 'OLD', quantity: 1 },
      ],
      'pm_card_ok',
    );
    const order = await until(id, 'cancelled');
    expect(order.cancellationReason).toBe('unknown product: NOPE; discontinued product: OLD');
  }, 60_000);

  it('payment declined: the reservation is released, the invoice voided, the order cancelled with the provider reason', async () => {
    const before = await stockOf('MUG');
    const id = await place([{ sku: 'MUG', quantity: 1 }], 'pm_card_declined');
    const order = await until(id, 'cancelled');
    expect(order.cancellationReason).toMatch(/^payment failed: /);
    expect(order.paymentState).toBe('failed');
    const saga = await sagaIn(id, 'cancelled');
    const invoice = (await admin.get(`/api/v1/billing/invoices/${saga.data.invoiceId}`).expect(200)).body;
    await eventually(async () =>
      (await admin.get(`/api/v1/billing/invoices/${invoice.id}`).expect(200)).body.status === 'void' ? true : undefined,
    );
    await eventually(async () => ((await stockOf('MUG')).reserved === before.reserved ? true : undefined));
    expect(await stockOf('MUG')).toEqual(before);
  }, 60_000);

  it('a payment slower than the timeout: the order is cancelled and the stock released; the late payment is refunded', async () => {
    const before = await stockOf('MUG');
    const id = await place([{ sku: 'MUG', quantity: 1 }], 'pm_card_3ds');
    const order = await until(id, 'cancelled');
    expect(order.cancellationReason).toBe('payment not confirmed in time');
    await eventually(async () => ((await stockOf('MUG')).reserved === before.reserved ? true : undefined));
    // The 3-D Secure confirmation lands after the timeout: the saga refunds it.
    const refunded = await until(id, 'cancelled').then(() =>
      eventually(async () => {
        const current = await orderOf(id);
        return current.paymentState === 'refunded' ? current : undefined;
      }, 30_000),
    );
    expect(refunded.status).toBe('cancelled');
    const saga = await sagaOf(id);
    const payment = (await asCustomer.get(`/api/v1/billing/payments/${saga.data.paymentId}`).expect(200)).body;
    expect(payment.refundedAmount).toEqual(payment.amount);
    expect(await stockOf('MUG')).toEqual(before);
  }, 90_000);

  it('the customer cancels a confirmed order: refunded by a credit note, stock released, shipment cancelled', async () => {
    const before = await stockOf('MUG');
    const id = await place([{ sku: 'MUG', quantity: 3 }], 'pm_card_ok');
    await until(id, 'confirmed');
    await sagaIn(id, 'awaiting_shipment');
    await asCustomer.post(`${ORDERS}/${id}/cancel`).send({ reason: 'changed my mind' }).expect(200);
    const saga = await sagaIn(id, 'cancelled');
    expect(saga.data.cancellationReason).toBe('changed my mind');
    await eventually(async () => ((await orderOf(id)).paymentState === 'refunded' ? true : undefined));
    await eventually(async () => ((await stockOf('MUG')).reserved === before.reserved ? true : undefined));
    expect(await stockOf('MUG')).toEqual(before);
    await eventually(async () => ((await shipmentOf(id)).status === 'cancelled' ? true : undefined));
    const invoice = (await admin.get(`/api/v1/billing/invoices/${saga.data.invoiceId}`).expect(200)).body;
    expect(invoice.amountCredited).toEqual({ amount: 3750, currency: 'EUR' });
    const payment = (await admin.get(`/api/v1/billing/payments/${saga.data.paymentId}`).expect(200)).body;
    expect(payment.refundedAmount).toEqual({ amount: 3750, currency: 'EUR' });
  }, 60_000);

  it('a shipped order can no longer be cancelled (409), and the saga admin is for staff only', async () => {
    const id = await place([{ sku: 'MUG', quantity: 1 }], 'pm_card_ok');
    await sagaIn(id, 'awaiting_shipment');
    const shipment = await eventually(async () => ((await shipmentOf(id))?.status === 'pending' ? shipmentOf(id) : undefined));
    await admin
      .post(`/api/v1/shipping/shipments/${shipment.id}/ship`)
      .send({ carrier: 'DHL', trackingNumber: '00340434161234567890' })
      .expect(200);
    await until(id, 'shipped');
    expectProblem(await asCustomer.post(`${ORDERS}/${id}/cancel`).send({ reason: 'too late' }), 409, 'ORDER_NOT_CANCELLABLE');
    expectProblem(await asCustomer.get('/api/v1/admin/sagas'), 403, 'PERMISSION_DENIED');
  }, 60_000);
});
