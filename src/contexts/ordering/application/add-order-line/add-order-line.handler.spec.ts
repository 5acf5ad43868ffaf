import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import {
  OrderLineCurrencyMismatch,
  OrderLineDuplicate,
  OrderLineInvalid,
  OrderNotDraft,
  OrderNotFound,
} from '../../domain/order/order.errors';
import { NewOrderLine } from '../create-order/create-order.command';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { AddOrderLine } from './add-order-line.command';
import { AddOrderLineHandler } from './add-order-line.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';
const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const line = (sku: string, quantity = 1, amount = 1000, currency = 'EUR'): NewOrderLine => ({
  sku,
  quantity,
  unitPrice: { amount, currency },
});

describe('AddOrderLineHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: AddOrderLineHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new AddOrderLineHandler(orders);
  });

  async function stored(order: Order): Promise<string> {
    await orders.save(order);
    orders.published.length = 0;
    return order.id;
  }

  const draftWith = (...skus: string[]) =>
    Order.create(
      CUSTOMER,
      Currency.of('EUR'),
      skus.map((sku) => OrderLine.of(sku, 1, Money.of(1000, 'EUR'))),
    );

  it('adds the line to a draft order and saves the next version', async () => {
    const id = await stored(draftWith('SKU-1'));

    await handler.execute(new AddOrderLine(id, line('SKU-2', 3, 250)));

    const order = await orders.getById(id);
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice.amount])).toEqual([
      ['SKU-1', 1, 1000],
      ['SKU-2', 3, 250],
    ]);
    expect(order.total.amount).toBe(1000 + 3 * 250);
    expect(order.version).toBe(2);
    expect(orders.published).toEqual([]);
  });

  it('adds a first line to an empty draft', async () => {
    const id = await stored(draftWith());

    await handler.execute(new AddOrderLine(id, line('SKU-1')));

    expect((await orders.getById(id)).lines.map((l) => l.sku)).toEqual(['SKU-1']);
  });

  it('refuses to add a line to an unknown order with ORDER_NOT_FOUND', async () => {
    const attempt = handler.execute(new AddOrderLine(UNKNOWN, line('SKU-1')));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', kind: 'not_found' });
  });

  it('refuses a second line for a SKU already on the order with ORDER_LINE_DUPLICATE and keeps the order as it was', async () => {
    const id = await stored(draftWith('SKU-1'));

    const attempt = handler.execute(new AddOrderLine(id, line('SKU-1', 5)));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineDuplicate);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_DUPLICATE' });
    const order = await orders.getById(id);
    expect(order.lines.map((l) => [l.sku, l.quantity])).toEqual([['SKU-1', 1]]);
    expect(order.version).toBe(1);
  });

  it('refuses a line priced in another currency with ORDER_LINE_CURRENCY_MISMATCH', async () => {
    const id = await stored(draftWith('SKU-1'));

    const attempt = handler.execute(new AddOrderLine(id, line('SKU-2', 1, 1000, 'USD')));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineCurrencyMismatch);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_CURRENCY_MISMATCH' });
    expect((await orders.getById(id)).lines).toHaveLength(1);
  });

  it('refuses an invalid line with ORDER_LINE_INVALID', async () => {
    const id = await stored(draftWith('SKU-1'));

    const attempt = handler.execute(new AddOrderLine(id, line('SKU-2', 0)));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineInvalid);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_INVALID' });
    expect((await orders.getById(id)).lines).toHaveLength(1);
  });

  it('refuses to change the lines of a placed order with ORDER_NOT_DRAFT', async () => {
    const placed = draftWith('SKU-1');
    placed.place(PAYMENT_METHOD);
    const id = await stored(placed);

    const attempt = handler.execute(new AddOrderLine(id, line('SKU-2')));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotDraft);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_DRAFT', kind: 'conflict' });
    const order = await orders.getById(id);
    expect(order.lines.map((l) => l.sku)).toEqual(['SKU-1']);
    expect(order.status).toBe('placed');
  });

  it("adds a line to the caller's own order when limited to that customer", async () => {
    const id = await stored(draftWith('SKU-1'));

    await handler.execute(new AddOrderLine(id, line('SKU-2'), CUSTOMER));

    expect((await orders.getById(id)).lines.map((l) => l.sku)).toEqual(['SKU-1', 'SKU-2']);
  });

  it("refuses to change another customer's order with ORDER_NOT_FOUND and leaves it as it was", async () => {
    const id = await stored(draftWith('SKU-1'));

    const attempt = handler.execute(new AddOrderLine(id, line('SKU-2'), OTHER_CUSTOMER));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', message: `order ${id} does not exist` });
    const order = await orders.getById(id);
    expect(order.lines.map((l) => l.sku)).toEqual(['SKU-1']);
    expect(order.version).toBe(1);
  });
});
