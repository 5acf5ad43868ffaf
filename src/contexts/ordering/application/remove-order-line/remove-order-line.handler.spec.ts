import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import { OrderLineNotFound, OrderNotDraft, OrderNotFound } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { RemoveOrderLine } from './remove-order-line.command';
import { RemoveOrderLineHandler } from './remove-order-line.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';
const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';

describe('RemoveOrderLineHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: RemoveOrderLineHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new RemoveOrderLineHandler(orders);
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
      skus.map((sku) => OrderLine.of(sku, 2, Money.of(500, 'EUR'))),
    );

  it('removes the line from a draft order and saves the next version', async () => {
    const id = await stored(draftWith('SKU-1', 'SKU-2'));

    await handler.execute(new RemoveOrderLine(id, 'SKU-1'));

    const order = await orders.getById(id);
    expect(order.lines.map((l) => l.sku)).toEqual(['SKU-2']);
    expect(order.total.amount).toBe(2 * 500);
    expect(order.version).toBe(2);
    expect(orders.published).toEqual([]);
  });

  it('leaves an empty draft when the last line is removed', async () => {
    const id = await stored(draftWith('SKU-1'));

    await handler.execute(new RemoveOrderLine(id, 'SKU-1'));

    const order = await orders.getById(id);
    expect(order.lines).toHaveLength(0);
    expect(order.status).toBe('draft');
  });

  it('refuses to remove a line from an unknown order with ORDER_NOT_FOUND', async () => {
    const attempt = handler.execute(new RemoveOrderLine(UNKNOWN, 'SKU-1'));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' });
  });

  it('refuses a SKU the order has no line for with ORDER_LINE_NOT_FOUND', async () => {
    const id = await stored(draftWith('SKU-1'));

    const attempt = handler.execute(new RemoveOrderLine(id, 'SKU-9'));

    await expect(attempt).rejects.toBeInstanceOf(OrderLineNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_LINE_NOT_FOUND', kind: 'not_found' });
    const order = await orders.getById(id);
    expect(order.lines.map((l) => l.sku)).toEqual(['SKU-1']);
    expect(order.version).toBe(1);
  });

  it('refuses to change the lines of a cancelled order with ORDER_NOT_DRAFT', async () => {
    const cancelled = draftWith('SKU-1', 'SKU-2');
    cancelled.cancel('changed my mind');
    const id = await stored(cancelled);

    const attempt = handler.execute(new RemoveOrderLine(id, 'SKU-1'));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotDraft);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_DRAFT' });
    expect((await orders.getById(id)).lines).toHaveLength(2);
  });

  it("removes a line from the caller's own order when limited to that customer", async () => {
    const id = await stored(draftWith('SKU-1', 'SKU-2'));

    await handler.execute(new RemoveOrderLine(id, 'SKU-2', CUSTOMER));

    expect((await orders.getById(id)).lines.map((l) => l.sku)).toEqual(['SKU-1']);
  });

  it("refuses to change another customer's order with ORDER_NOT_FOUND and leaves it as it was", async () => {
    const id = await stored(draftWith('SKU-1', 'SKU-2'));

    const attempt = handler.execute(new RemoveOrderLine(id, 'SKU-2', OTHER_CUSTOMER));

    await expect(attempt).rejects.toBeInstanceOf(OrderNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND', message: `order ${id} does not exist` });
    const order = await orders.getById(id);
    expect(order.lines.map((l) => l.sku)).toEqual(['SKU-1', 'SKU-2']);
    expect(order.version).toBe(1);
  });
});
