import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import { OrderNotFound } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { GetOrder } from './get-order.query';
import { GetOrderHandler } from './get-order.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';
const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';

describe('GetOrderHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: GetOrderHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new GetOrderHandler(orders);
  });

  it('answers the stored order with its lines, status and version', async () => {
    const placed = Order.create(CUSTOMER, Currency.of('EUR'), [OrderLine.of('SKU-1', 3, Money.of(700, 'EUR'))]);
    placed.place(PAYMENT_METHOD);
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

  it("answers the caller's own order when limited to that customer", async () => {
    const own = Order.create(CUSTOMER, Currency.of('EUR'), []);
    await orders.save(own);

    await expect(handler.execute(new GetOrder(own.id, CUSTOMER))).resolves.toMatchObject({ id: own.id, customerId: CUSTOMER });
  });

  it("refuses another customer's order with ORDER_NOT_FOUND, exactly as if it did not exist", async () => {
    const theirs = Order.create(OTHER_CUSTOMER, Currency.of('EUR'), []);
    await orders.save(theirs);

    const attempt = handler.execute(new GetOrder(theirs.id, CUSTOMER));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({
      code: 'ORDER_NOT_FOUND',
      kind: 'not_found',
      message: `order ${theirs.id} does not exist`,
    });
  });

  it("answers any customer's order when the caller is not limited to one", async () => {
    const theirs = Order.create(OTHER_CUSTOMER, Currency.of('EUR'), []);
    await orders.save(theirs);

    await expect(handler.execute(new GetOrder(theirs.id, undefined))).resolves.toMatchObject({ id: theirs.id, customerId: OTHER_CUSTOMER });
  });
});
