import { Currency, describeAggregateRepositoryContract, Money, OpenedRepository } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order, OrderState } from '../../domain/order/order.aggregate';
import { OrderNotFound } from '../../domain/order/order.errors';
import { OrderRepository } from '../../domain/order/order.repository';

const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const EUR = Currency.of('EUR');
const draftOf = (customerId: string) => Order.create(customerId, EUR, [OrderLine.of('SKU-1', 2, Money.of(1250, EUR))]);

/** What every OrderRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeOrderRepositoryContract(open: () => Promise<OpenedRepository<OrderRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Order, OrderState, OrderRepository>({
    open,
    create: () => draftOf(ADA),
    restore: Order.restore,
    load: (orders, id) => orders.getById(id),
    change: (order) => order.place(),
  });

  it("hides an order from a caller limited to another customer's orders, as a missing one", async () => {
    const { repository: orders } = current();
    const order = draftOf(ADA);
    await orders.save(order);

    await expect(orders.getById(order.id, BOB)).rejects.toBeInstanceOf(OrderNotFound);
    await expect(orders.getById(order.id, ADA)).resolves.toMatchObject({ id: order.id });
  });

  it('pages the orders that match the filter, newest first, with the number of matches', async () => {
    const { repository: orders } = current();
    const [older, newer, placed, bobs] = [draftOf(ADA), draftOf(ADA), draftOf(ADA), draftOf(BOB)];
    placed.place();
    for (const order of [older, newer, placed, bobs]) await orders.save(order);

    const drafts = await orders.findPage({ customerId: ADA, status: 'draft' }, 0, 1);
    const rest = await orders.findPage({ customerId: ADA, status: 'draft' }, 1, 10);

    expect(drafts.total).toBe(2);
    expect(drafts.items.map((order) => order.id)).toEqual([newer.id]);
    expect(rest.items.map((order) => order.id)).toEqual([older.id]);
    expect((await orders.findPage({}, 0, 10)).total).toBe(4);
  });
}
