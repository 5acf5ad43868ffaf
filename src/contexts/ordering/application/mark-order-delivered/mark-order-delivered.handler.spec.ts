import { OrderDelivered } from '../../domain/events/order-delivered.event';
import { OrderNotDeliverable, OrderNotFound } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { CUSTOMER, storedOrderIn } from '../testing/orders-in';
import { MarkOrderDelivered } from './mark-order-delivered.command';
import { MarkOrderDeliveredHandler } from './mark-order-delivered.handler';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('MarkOrderDeliveredHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: MarkOrderDeliveredHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new MarkOrderDeliveredHandler(orders);
  });

  it('marks a shipped order delivered and raises OrderDelivered', async () => {
    const id = await storedOrderIn(orders, 'shipped');

    await handler.execute(new MarkOrderDelivered(id));

    const order = await orders.getById(id);
    expect(order).toMatchObject({ status: 'delivered', version: 2 });
    expect(orders.published).toHaveLength(1);
    expect(orders.published[0]).toBeInstanceOf(OrderDelivered);
    expect((orders.published[0] as OrderDelivered).payload).toEqual({
      orderId: id,
      customerId: CUSTOMER,
      currency: 'EUR',
      total: 2500,
      deliveredAt: order.deliveredAt?.toISOString(),
    });
  });

  it('refuses a delivered order with ORDER_NOT_DELIVERABLE and raises no second OrderDelivered', async () => {
    const id = await storedOrderIn(orders, 'delivered');

    await expect(handler.execute(new MarkOrderDelivered(id))).rejects.toBeInstanceOf(OrderNotDeliverable);

    expect(orders.published).toEqual([]);
    expect((await orders.getById(id)).version).toBe(1);
  });

  it('refuses an unknown order with ORDER_NOT_FOUND', async () => {
    await expect(handler.execute(new MarkOrderDelivered(UNKNOWN))).rejects.toBeInstanceOf(OrderNotFound);
  });
});
