import { OrderNotConfirmable, OrderNotFound } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { PAYMENT, storedOrderIn } from '../testing/orders-in';
import { ConfirmOrder } from './confirm-order.command';
import { ConfirmOrderHandler } from './confirm-order.handler';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('ConfirmOrderHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: ConfirmOrderHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new ConfirmOrderHandler(orders);
  });

  it('confirms a placed order, keeping the payment in its timeline, and publishes nothing', async () => {
    const id = await storedOrderIn(orders, 'placed');

    await handler.execute(new ConfirmOrder(id, PAYMENT));

    const order = await orders.getById(id);
    expect(order).toMatchObject({ status: 'confirmed', version: 2 });
    expect(order.confirmedAt).toBeInstanceOf(Date);
    expect(order.timeline.at(-1)).toMatchObject({ type: 'confirmed', detail: `payment ${PAYMENT}` });
    expect(orders.published).toEqual([]);
  });

  it('refuses a cancelled order with ORDER_NOT_CONFIRMABLE and leaves it as it was', async () => {
    const id = await storedOrderIn(orders, 'cancelled');

    await expect(handler.execute(new ConfirmOrder(id, PAYMENT))).rejects.toBeInstanceOf(OrderNotConfirmable);

    expect(await orders.getById(id)).toMatchObject({ status: 'cancelled', version: 1 });
  });

  it('refuses an unknown order with ORDER_NOT_FOUND', async () => {
    await expect(handler.execute(new ConfirmOrder(UNKNOWN, PAYMENT))).rejects.toBeInstanceOf(OrderNotFound);
  });
});
