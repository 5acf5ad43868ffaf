import { Currency, describeAggregateRepositoryContract, Money, OpenedRepository, stored } from '@promenade/ddd';
import { OrderLine } from '../../domain/order/order-line';
import { Order, OrderState } from '../../domain/order/order.aggregate';
import { OrderNotFound } from '../../domain/order/order.errors';
import { OrderRepository } from '../../domain/order/order.repository';

const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const EUR = Currency.of('EUR');
const draftOf = (customerId: string) => Order.create(customerId, EUR, [OrderLine.of('SKU-1', 2, Money.of(1250, EUR))]);

/** What every OrderRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeOrderRepositoryContract(open: () => Promise<OpenedRepository<OrderRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Order, OrderState, OrderRepository>({
    open,
    create: () => draftOf(ADA),
    restore: Order.restore,
    load: (orders, id) => orders.getById(id),
    change: (order) => order.place(PAYMENT_METHOD),
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
    placed.place(PAYMENT_METHOD);
    for (const order of [older, newer, placed, bobs]) await orders.save(order);

    const drafts = await orders.findPage({ customerId: ADA, status: 'draft' }, 0, 1);
    const rest = await orders.findPage({ customerId: ADA, status: 'draft' }, 1, 10);

    expect(drafts.total).toBe(2);
    expect(drafts.items.map((order) => order.id)).toEqual([newer.id]);
    expect(rest.items.map((order) => order.id)).toEqual([older.id]);
    expect((await orders.findPage({}, 0, 10)).total).toBe(4);
  });

  it('gives back an order at the end of its life: payment, shipment, lifecycle times and timeline', async () => {
    const { repository: orders } = current();
    const delivered = draftOf(ADA);
    delivered.place(PAYMENT_METHOD, new Date('2026-01-01T10:00:00Z'));
    delivered.recordPayment('captured', null, new Date('2026-01-01T10:05:00Z'));
    delivered.confirm('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170', new Date('2026-01-01T10:06:00Z'));
    delivered.markShipped('DHL', '00340434161234567890', new Date('2026-01-02T08:00:00Z'));
    delivered.markDelivered(new Date('2026-01-03T12:00:00Z'));
    const cancelled = draftOf(ADA);
    cancelled.place(PAYMENT_METHOD);
    cancelled.recordPayment('failed', 'card_declined');
    cancelled.cancel('payment failed: card_declined');
    await orders.save(delivered);
    await orders.save(cancelled);

    const [loadedDelivered, loadedCancelled] = [await orders.getById(delivered.id), await orders.getById(cancelled.id)];

    expect(stored(loadedDelivered)).toEqual(stored(delivered));
    expect(loadedDelivered).toMatchObject({
      status: 'delivered',
      paymentMethodId: PAYMENT_METHOD,
      paymentState: 'captured',
      shipment: { carrier: 'DHL', trackingNumber: '00340434161234567890' },
      deliveredAt: new Date('2026-01-03T12:00:00Z'),
    });
    expect(loadedDelivered.timeline.map((entry) => entry.type)).toEqual([
      'placed',
      'payment-captured',
      'confirmed',
      'shipped',
      'delivered',
    ]);
    expect(stored(loadedCancelled)).toEqual(stored(cancelled));
    expect(loadedCancelled).toMatchObject({ status: 'cancelled', paymentState: 'failed', shipment: null });
  });
}
