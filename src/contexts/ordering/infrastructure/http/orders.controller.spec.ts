import { recordingBuses } from '@promenade/http';
import { PermissionDenied, Principal } from '@promenade/auth';
import { Currency } from '@promenade/ddd';
import { AddOrderLine } from '../../application/add-order-line/add-order-line.command';
import { CancelOrder } from '../../application/cancel-order/cancel-order.command';
import { CreateOrder } from '../../application/create-order/create-order.command';
import { GetOrder } from '../../application/get-order/get-order.query';
import { GetOrderTimeline } from '../../application/get-order-timeline/get-order-timeline.query';
import { ListOrders } from '../../application/list-orders/list-orders.query';
import { PlaceOrder } from '../../application/place-order/place-order.command';
import { RemoveOrderLine } from '../../application/remove-order-line/remove-order-line.command';
import { Order } from '../../domain/order/order.aggregate';
import { OrdersController } from './orders.controller';

const CALLER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER_USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051aa';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const TOKEN = { id: 'jti', sessionId: 'session', expiresAt: new Date('2030-01-01T00:00:00Z') };
const TIMELINE = [
  { at: new Date('2026-01-01T10:00:00Z'), type: 'placed', detail: `payment method ${PAYMENT_METHOD}` },
  { at: new Date('2026-01-01T10:09:00Z'), type: 'cancelled', detail: 'out of stock: SKU-1' },
];
const customer = new Principal(CALLER, ['orders:read', 'orders:write'], TOKEN);
const staff = new Principal(CALLER, ['orders:read', 'orders:write', 'orders:read:any', 'orders:write:any'], TOKEN);

/** The controller only translates: these tests read what it sends to the buses. */
describe('OrdersController', () => {
  let sent: unknown[];
  let controller: OrdersController;

  beforeEach(() => {
    sent = [];
    const bus = recordingBuses(sent);
    const commands = bus.commands(() => ORDER);
    const queries = bus.queries((query) => {
      if (query instanceof ListOrders) return { items: [], page: 1, limit: 20, total: 0 };
      if (query instanceof GetOrderTimeline) return TIMELINE;
      return Order.create(CALLER, Currency.of('EUR'), []);
    });
    controller = new OrdersController(commands, queries);
  });

  const body = (userId?: string) => ({ userId, currency: 'EUR', lines: [] });

  it("creates the order for the caller when no userId is named, as the command's customerId", async () => {
    await controller.createOrder(customer, body());

    expect(sent[0]).toBeInstanceOf(CreateOrder);
    expect(sent[0]).toMatchObject({ customerId: CALLER, currency: 'EUR' });
  });

  it('lets a customer name themselves as the userId', async () => {
    await controller.createOrder(customer, body(CALLER));

    expect(sent[0]).toMatchObject({ customerId: CALLER });
  });

  it('refuses a customer naming another user with PERMISSION_DENIED and sends nothing', async () => {
    const attempt = controller.createOrder(customer, body(OTHER_USER));

    await expect(attempt).rejects.toBeInstanceOf(PermissionDenied);
    await expect(attempt).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      kind: 'forbidden',
      message: expect.stringContaining('orders:write:any'),
    });
    expect(sent).toEqual([]);
  });

  it('creates the order for a caller with orders:write:any when no user is named, and reads it back unscoped', async () => {
    await controller.createOrder(staff, body());

    expect(sent[0]).toMatchObject({ customerId: CALLER });
    expect(sent[1]).toMatchObject({ orderId: ORDER, ownerId: undefined });
  });

  it('creates an order for the user named by a caller with orders:write:any, and reads it back unscoped', async () => {
    await controller.createOrder(staff, body(OTHER_USER));

    expect(sent[0]).toMatchObject({ customerId: OTHER_USER });
    expect(sent[1]).toBeInstanceOf(GetOrder);
    expect(sent[1]).toMatchObject({ orderId: ORDER, ownerId: undefined });
  });

  it("limits a customer's list to their own orders, in the filter and the owner scope alike", async () => {
    await controller.listOrders(customer, { page: 2, limit: 5, status: 'placed' });

    expect(sent[0]).toBeInstanceOf(ListOrders);
    expect(sent[0]).toEqual(new ListOrders({ customerId: CALLER, status: 'placed' }, 2, 5, CALLER));
  });

  it('lets a customer name themselves in the userId filter', async () => {
    await controller.listOrders(customer, { page: 1, limit: 20, userId: CALLER });

    expect(sent[0]).toMatchObject({ filter: { customerId: CALLER }, ownerId: CALLER });
  });

  it("lists every user's orders for a caller with orders:read:any who names none", async () => {
    await controller.listOrders(staff, { page: 1, limit: 20 });

    expect(sent[0]).toEqual(new ListOrders({ customerId: undefined, status: undefined }, 1, 20, undefined));
  });

  it("refuses a customer's list filtered on another user with PERMISSION_DENIED", async () => {
    const attempt = controller.listOrders(customer, { page: 1, limit: 20, userId: OTHER_USER });

    await expect(attempt).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringContaining('orders:read:any') });
    expect(sent).toEqual([]);
  });

  it("lists any user's orders for a caller with orders:read:any", async () => {
    await controller.listOrders(staff, { page: 1, limit: 20, userId: OTHER_USER });

    expect(sent[0]).toMatchObject({ filter: { customerId: OTHER_USER }, ownerId: undefined });
  });

  it.each([
    ['getOrder', (c: OrdersController, p: Principal) => c.getOrder(p, ORDER)],
    ['getOrderTimeline', (c: OrdersController, p: Principal) => c.getOrderTimeline(p, ORDER)],
    [
      'addOrderLine',
      (c: OrdersController, p: Principal) =>
        c.addOrderLine(p, ORDER, { sku: 'SKU-1', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }),
    ],
    ['removeOrderLine', (c: OrdersController, p: Principal) => c.removeOrderLine(p, ORDER, 'SKU-1')],
    ['placeOrder', (c: OrdersController, p: Principal) => c.placeOrder(p, ORDER, { paymentMethodId: PAYMENT_METHOD })],
    ['cancelOrder', (c: OrdersController, p: Principal) => c.cancelOrder(p, ORDER, { reason: 'no longer needed' })],
  ])('%s passes the caller as the owner scope to every message, and no scope for staff', async (_, call) => {
    await call(controller, customer);
    const customerScopes = sent.map((message) => (message as { ownerId?: string }).ownerId);
    sent.length = 0;
    await call(controller, staff);
    const staffScopes = sent.map((message) => (message as { ownerId?: string }).ownerId);

    expect(customerScopes.length).toBeGreaterThan(0);
    expect(customerScopes).toEqual(customerScopes.map(() => CALLER));
    expect(staffScopes).toEqual(customerScopes.map(() => undefined));
  });

  it('places the order with the payment method the body names', async () => {
    await controller.placeOrder(customer, ORDER, { paymentMethodId: PAYMENT_METHOD });

    expect(sent[0]).toEqual(new PlaceOrder(ORDER, PAYMENT_METHOD, CALLER));
  });

  it('answers the timeline as items with ISO times', async () => {
    const timeline = await controller.getOrderTimeline(customer, ORDER);

    expect(sent).toEqual([new GetOrderTimeline(ORDER, CALLER)]);
    expect(timeline).toEqual({
      items: [
        { at: '2026-01-01T10:00:00.000Z', type: 'placed', detail: `payment method ${PAYMENT_METHOD}` },
        { at: '2026-01-01T10:09:00.000Z', type: 'cancelled', detail: 'out of stock: SKU-1' },
      ],
    });
  });

  it('sends the change, then the read, for each changing route', async () => {
    await controller.addOrderLine(customer, ORDER, { sku: 'SKU-1', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } });
    await controller.removeOrderLine(customer, ORDER, 'SKU-1');
    await controller.placeOrder(customer, ORDER, { paymentMethodId: PAYMENT_METHOD });
    await controller.cancelOrder(customer, ORDER, { reason: 'no longer needed' });

    expect(sent.map((message) => (message as object).constructor)).toEqual([
      AddOrderLine,
      GetOrder,
      RemoveOrderLine,
      GetOrder,
      PlaceOrder,
      GetOrder,
      CancelOrder,
      GetOrder,
    ]);
  });
});
