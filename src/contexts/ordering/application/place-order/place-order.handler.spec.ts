import { Currency, Money } from '@promenade/ddd';
import { OrderPlaced } from '../../domain/events/order-placed.event';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import { OrderEmpty, OrderNotDraft, OrderNotFound, OrderPaymentMethodRequired } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { PlaceOrder } from './place-order.command';
import { PlaceOrderHandler } from './place-order.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';
const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';

describe('PlaceOrderHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: PlaceOrderHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new PlaceOrderHandler(orders);
  });

  async function stored(order: Order): Promise<string> {
    await orders.save(order);
    orders.published.length = 0;
    return order.id;
  }

  const draft = (...lines: Array<[sku: string, quantity: number, price: number]>) =>
    Order.create(
      CUSTOMER,
      Currency.of('EUR'),
      lines.map(([sku, quantity, price]) => OrderLine.of(sku, quantity, Money.of(price, 'EUR'))),
    );

  it('places the order with its payment method, its payment pending, and raises OrderPlaced', async () => {
    const id = await stored(draft(['SKU-1', 2, 1250], ['SKU-2', 1, 499]));

    await handler.execute(new PlaceOrder(id, PAYMENT_METHOD));

    const order = await orders.getById(id);
    expect(order.status).toBe('placed');
    expect(order.placedAt).toBeInstanceOf(Date);
    expect(order).toMatchObject({ paymentMethodId: PAYMENT_METHOD, paymentState: 'pending', version: 2 });
    expect(order.timeline.map((entry) => entry.type)).toEqual(['placed']);
    expect(orders.published).toHaveLength(1);
    const [event] = orders.published;
    expect(event).toBeInstanceOf(OrderPlaced);
    expect(event.metadata.aggregateId).toBe(id);
    expect((event as OrderPlaced).payload).toEqual({
      orderId: id,
      customerId: CUSTOMER,
      currency: 'EUR',
      lines: [
        { sku: 'SKU-1', quantity: 2, unitPrice: 1250 },
        { sku: 'SKU-2', quantity: 1, unitPrice: 499 },
      ],
      total: 2 * 1250 + 499,
      paymentMethodId: PAYMENT_METHOD,
    });
  });

  it('refuses to place without a payment method with ORDER_PAYMENT_METHOD_REQUIRED and leaves it a draft', async () => {
    const id = await stored(draft(['SKU-1', 1, 100]));

    const attempt = handler.execute(new PlaceOrder(id, ''));

    await expect(attempt).rejects.toBeInstanceOf(OrderPaymentMethodRequired);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_PAYMENT_METHOD_REQUIRED', kind: 'invalid' });
    expect(await orders.getById(id)).toMatchObject({ status: 'draft', paymentMethodId: null, version: 1 });
    expect(orders.published).toEqual([]);
  });

  it('refuses to place an unknown order with ORDER_NOT_FOUND', async () => {
    const attempt = handler.execute(new PlaceOrder(UNKNOWN, PAYMENT_METHOD));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', kind: 'not_found' });
    expect(orders.published).toEqual([]);
  });

  it('refuses to place an order without lines with ORDER_EMPTY and leaves it a draft', async () => {
    const id = await stored(draft());

    const attempt = handler.execute(new PlaceOrder(id, PAYMENT_METHOD));

    await expect(attempt).rejects.toBeInstanceOf(OrderEmpty);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_EMPTY', kind: 'conflict' });
    const order = await orders.getById(id);
    expect(order.status).toBe('draft');
    expect(order.version).toBe(1);
    expect(orders.published).toEqual([]);
  });

  it('refuses to place an order twice with ORDER_NOT_DRAFT and raises no second OrderPlaced', async () => {
    const id = await stored(draft(['SKU-1', 1, 100]));
    await handler.execute(new PlaceOrder(id, PAYMENT_METHOD));

    const attempt = handler.execute(new PlaceOrder(id, PAYMENT_METHOD));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotDraft);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_DRAFT' });
    expect(orders.published).toHaveLength(1);
    expect((await orders.getById(id)).version).toBe(2);
  });

  it('refuses to place a cancelled order with ORDER_NOT_DRAFT', async () => {
    const cancelled = draft(['SKU-1', 1, 100]);
    cancelled.cancel('out of stock');
    const id = await stored(cancelled);

    const attempt = handler.execute(new PlaceOrder(id, PAYMENT_METHOD));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotDraft);
    expect((await orders.getById(id)).status).toBe('cancelled');
    expect(orders.published).toEqual([]);
  });

  it("places the caller's own order when limited to that customer", async () => {
    const id = await stored(draft(['SKU-1', 1, 100]));

    await handler.execute(new PlaceOrder(id, PAYMENT_METHOD, CUSTOMER));

    expect((await orders.getById(id)).status).toBe('placed');
    expect(orders.published).toHaveLength(1);
  });

  it("refuses to place another customer's order with ORDER_NOT_FOUND and raises nothing", async () => {
    const id = await stored(draft(['SKU-1', 1, 100]));

    const attempt = handler.execute(new PlaceOrder(id, PAYMENT_METHOD, OTHER_CUSTOMER));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', message: `order ${id} does not exist` });
    expect(await orders.getById(id)).toMatchObject({ status: 'draft', version: 1 });
    expect(orders.published).toEqual([]);
  });
});
