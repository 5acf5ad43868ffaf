import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order-line';
import { Order } from '../../domain/order.aggregate';
import { OrderNotFound } from '../../domain/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { GetOrder } from './get-order.query';
import { GetOrderHandler } from './get-order.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('GetOrderHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: GetOrderHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new GetOrderHandler(orders);
  });

  it('answers the stored order with its lines, status and version', async () => {
    const placed = Order.create(CUSTOMER, Currency.of('EUR'), [OrderLine.of('SKU-1', 3, Money.of(700, 'EUR'))]);
    placed.place();
    await orders.save(placed);

    const order = await handler.execute(new GetOrder(placed.id));

    expect(order).toBeInstanceOf(Order);
    expect(order).toMatchObject({ id: placed.id, customerId: CUSTOMER, status: 'placed', version: 1 });
    expect(order.lines.map((l) => [l.sku, l.quantity])).toEqual([['SKU-1', 3]]);
    expect(order.total.amount).toBe(2100);
  });

  it('refuses an unknown order with ORDER_NOT_FOUND', async () => {
    const attempt = handler.execute(new GetOrder(UNKNOWN));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', kind: 'not_found', message: `order ${UNKNOWN} does not exist` });
  });
});
