import { Currency, Money } from '@promenade/ddd';
import { OrderCancelled } from '../../domain/events/order-cancelled.event';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import { OrderCancellationReasonRequired, OrderNotCancellable, OrderNotFound } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { CancelOrder } from './cancel-order.command';
import { CancelOrderHandler } from './cancel-order.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';
const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';

describe('CancelOrderHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: CancelOrderHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new CancelOrderHandler(orders);
  });

  async function stored(order: Order): Promise<string> {
    await orders.save(order);
    orders.published.length = 0;
    return order.id;
  }

  const draft = () => Order.create(CUSTOMER, Currency.of('EUR'), [OrderLine.of('SKU-1', 1, Money.of(1000, 'EUR'))]);
  const placed = () => {
    const order = draft();
    order.place(PAYMENT_METHOD);
    return order;
  };

  it('cancels a placed order and raises OrderCancelled saying it was placed', async () => {
    const id = await stored(placed());

    await handler.execute(new CancelOrder(id, 'customer request'));

    const order = await orders.getById(id);
    expect(order.status).toBe('cancelled');
    expect(order.cancellationReason).toBe('customer request');
    expect(order.cancelledAt).toBeInstanceOf(Date);
    expect(order.placedAt).toBeInstanceOf(Date);
    expect(order.version).toBe(2);
    expect(orders.published).toHaveLength(1);
    expect(orders.published[0]).toBeInstanceOf(OrderCancelled);
    expect((orders.published[0] as OrderCancelled).payload).toEqual({ orderId: id, reason: 'customer request', wasPlaced: true });
  });

  it('cancels a draft and raises OrderCancelled saying it was never placed', async () => {
    const id = await stored(draft());

    await handler.execute(new CancelOrder(id, 'abandoned'));

    expect((await orders.getById(id)).status).toBe('cancelled');
    expect(orders.published).toHaveLength(1);
    expect((orders.published[0] as OrderCancelled).payload).toEqual({ orderId: id, reason: 'abandoned', wasPlaced: false });
  });

  it('keeps the reason without its surrounding blanks', async () => {
    const id = await stored(placed());

    await handler.execute(new CancelOrder(id, '  damaged in transit \n'));

    expect((await orders.getById(id)).cancellationReason).toBe('damaged in transit');
    expect((orders.published[0] as OrderCancelled).payload.reason).toBe('damaged in transit');
  });

  it('refuses to cancel an unknown order with ORDER_NOT_FOUND', async () => {
    const attempt = handler.execute(new CancelOrder(UNKNOWN, 'customer request'));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' });
    expect(orders.published).toEqual([]);
  });

  it('refuses a blank reason with ORDER_CANCELLATION_REASON_REQUIRED and leaves the order placed', async () => {
    const id = await stored(placed());

    const attempt = handler.execute(new CancelOrder(id, '   '));

    await expect(attempt).rejects.toBeInstanceOf(OrderCancellationReasonRequired);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_CANCELLATION_REASON_REQUIRED', kind: 'invalid' });
    const order = await orders.getById(id);
    expect(order.status).toBe('placed');
    expect(order.version).toBe(1);
    expect(orders.published).toEqual([]);
  });

  it('refuses to cancel an order twice with ORDER_NOT_CANCELLABLE and raises no second OrderCancelled', async () => {
    const id = await stored(placed());
    await handler.execute(new CancelOrder(id, 'first'));

    const attempt = handler.execute(new CancelOrder(id, 'second'));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotCancellable);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_CANCELLABLE', kind: 'conflict' });
    expect((await orders.getById(id)).cancellationReason).toBe('first');
    expect(orders.published).toHaveLength(1);
  });

  it("cancels the caller's own order when limited to that customer", async () => {
    const id = await stored(placed());

    await handler.execute(new CancelOrder(id, 'changed my mind', CUSTOMER));

    expect((await orders.getById(id)).status).toBe('cancelled');
    expect(orders.published).toHaveLength(1);
  });

  it("refuses to cancel another customer's order with ORDER_NOT_FOUND and raises nothing", async () => {
    const id = await stored(placed());

    const attempt = handler.execute(new CancelOrder(id, 'not mine to cancel', OTHER_CUSTOMER));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', message: `order ${id} does not exist` });
    expect(await orders.getById(id)).toMatchObject({ status: 'placed', cancellationReason: null, version: 1 });
    expect(orders.published).toEqual([]);
  });
});
