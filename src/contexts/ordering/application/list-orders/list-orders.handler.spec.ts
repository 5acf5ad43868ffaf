import { Currency, Money } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order } from '../../domain/order/order.aggregate';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { ListOrders } from './list-orders.query';
import { ListOrdersHandler } from './list-orders.handler';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';

describe('ListOrdersHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: ListOrdersHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new ListOrdersHandler(orders);
  });

  async function stored(customerId: string, status: 'draft' | 'placed' = 'draft'): Promise<string> {
    const order = Order.create(customerId, Currency.of('EUR'), [OrderLine.of('SKU-1', 1, Money.of(100, 'EUR'))]);
    if (status === 'placed') order.place(PAYMENT_METHOD);
    await orders.save(order);
    return order.id;
  }

  it('answers the requested page with the page, limit and total count', async () => {
    for (let i = 0; i < 5; i++) await stored(ALICE);
    const all = (await orders.findPage({}, 0, 5)).items.map((o) => o.id);

    const page = await handler.execute(new ListOrders({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((o) => o.id)).toEqual(all.slice(2, 4));
  });

  it('turns the page number into an offset for the repository', async () => {
    const findPage = jest.spyOn(orders, 'findPage');
    const filter = { customerId: ALICE };

    await handler.execute(new ListOrders(filter, 3, 10));

    expect(findPage).toHaveBeenCalledWith(filter, 20, 10);
  });

  it('lists only the orders matching the customer and status asked for', async () => {
    const alicePlaced = await stored(ALICE, 'placed');
    await stored(ALICE, 'draft');
    await stored(BOB, 'placed');

    const page = await handler.execute(new ListOrders({ customerId: ALICE, status: 'placed' }, 1, 10));

    expect(page.total).toBe(1);
    expect(page.items.map((o) => o.id)).toEqual([alicePlaced]);
  });

  it('answers an empty page past the last one, still with the real total', async () => {
    await stored(ALICE);
    await stored(BOB);

    const page = await handler.execute(new ListOrders({}, 3, 2));

    expect(page).toEqual({ items: [], page: 3, limit: 2, total: 2 });
  });

  it("lists only the caller's own orders when limited to that customer, with their total", async () => {
    const first = await stored(ALICE);
    const second = await stored(ALICE, 'placed');
    await stored(BOB);

    const page = await handler.execute(new ListOrders({}, 1, 10, ALICE));

    expect(page.total).toBe(2);
    expect(page.items.map((o) => o.id).sort()).toEqual([first, second].sort());
  });

  it('combines the owner limit with the status asked for', async () => {
    const alicePlaced = await stored(ALICE, 'placed');
    await stored(ALICE, 'draft');
    await stored(BOB, 'placed');

    const page = await handler.execute(new ListOrders({ customerId: ALICE, status: 'placed' }, 1, 10, ALICE));

    expect(page.items.map((o) => o.id)).toEqual([alicePlaced]);
  });

  it("never lists another customer's orders to a caller limited to their own, even when the filter names that customer", async () => {
    const own = await stored(ALICE);
    await stored(BOB);
    const findPage = jest.spyOn(orders, 'findPage');

    const page = await handler.execute(new ListOrders({ customerId: BOB, status: 'draft' }, 1, 10, ALICE));

    expect(findPage).toHaveBeenCalledWith({ customerId: ALICE, status: 'draft' }, 0, 10);
    expect(page.items.map((o) => o.id)).toEqual([own]);
  });

  it("lists every customer's orders when the caller is not limited to one", async () => {
    await stored(ALICE);
    await stored(BOB);

    expect((await handler.execute(new ListOrders({}, 1, 10, undefined))).total).toBe(2);
  });
});
