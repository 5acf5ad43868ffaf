import { Currency, Money } from '@promenade/ddd';
import { OrderCancelled } from '../events/order-cancelled.event';
import { OrderPlaced } from '../events/order-placed.event';
import { OrderLine } from './order-line';
import { Order } from './order.aggregate';
import {
  OrderCancellationReasonRequired,
  OrderEmpty,
  OrderLineCurrencyMismatch,
  OrderLineDuplicate,
  OrderLineInvalid,
  OrderLineNotFound,
  OrderNotCancellable,
  OrderNotDraft,
} from './order.errors';

const EUR = Currency.of('EUR');
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const line = (sku: string, quantity = 1, price = 1000, currency = 'EUR') => OrderLine.of(sku, quantity, Money.of(price, currency));

function placedOrder(): Order {
  const order = Order.create(CUSTOMER, EUR, [line('SKU-1', 2, 1250)]);
  order.place();
  order.pullEvents();
  return order;
}

describe('Order', () => {
  it('starts as a draft, possibly with no lines', () => {
    const order = Order.create(CUSTOMER, EUR);
    expect(order.status).toBe('draft');
    expect(order.lines).toHaveLength(0);
    expect(order.total.equals(Money.zero(EUR))).toBe(true);
    expect(order.isNew).toBe(true);
  });

  it('totals its lines in minor units', () => {
    const order = Order.create(CUSTOMER, EUR, [line('A', 3, 199), line('B', 1, 1001)]);
    expect(order.total.amount).toBe(3 * 199 + 1001);
  });

  it('rejects a line in another currency', () => {
    expect(() => Order.create(CUSTOMER, EUR, [line('A', 1, 100, 'USD')])).toThrow(OrderLineCurrencyMismatch);
  });

  it('rejects a second line for the same SKU', () => {
    const order = Order.create(CUSTOMER, EUR, [line('A')]);
    expect(() => order.addLine(line('A', 2))).toThrow(OrderLineDuplicate);
    expect(order.lines).toHaveLength(1);
  });

  it('removes a line by SKU, and refuses an unknown SKU', () => {
    const order = Order.create(CUSTOMER, EUR, [line('A'), line('B')]);
    order.removeLine('A');
    expect(order.lines.map((l) => l.sku)).toEqual(['B']);
    expect(() => order.removeLine('A')).toThrow(OrderLineNotFound);
  });

  it('rejects placing an order with no lines', () => {
    expect(() => Order.create(CUSTOMER, EUR).place()).toThrow(OrderEmpty);
  });

  it('places a draft and raises OrderPlaced with its lines and total', () => {
    const order = Order.create(CUSTOMER, EUR, [line('A', 2, 500)]);
    order.place(new Date('2026-01-01T00:00:00Z'));
    expect(order.status).toBe('placed');
    expect(order.placedAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const [event] = order.pullEvents();
    expect(event).toBeInstanceOf(OrderPlaced);
    expect((event as OrderPlaced).payload).toEqual({
      orderId: order.id,
      customerId: CUSTOMER,
      currency: 'EUR',
      lines: [{ sku: 'A', quantity: 2, unitPrice: 500 }],
      total: 1000,
    });
    expect(event.metadata.aggregateId).toBe(order.id);
  });

  it('changes lines only while a draft', () => {
    const order = placedOrder();
    expect(() => order.addLine(line('B'))).toThrow(OrderNotDraft);
    expect(() => order.removeLine('SKU-1')).toThrow(OrderNotDraft);
    expect(() => order.place()).toThrow(OrderNotDraft);
    expect(order.lines).toHaveLength(1);
  });

  it('cancels a placed order with a reason and raises OrderCancelled', () => {
    const order = placedOrder();
    order.cancel('  customer changed their mind ');
    expect(order.status).toBe('cancelled');
    expect(order.cancellationReason).toBe('customer changed their mind');
    const [event] = order.pullEvents();
    expect(event).toBeInstanceOf(OrderCancelled);
    expect((event as OrderCancelled).payload).toEqual({ orderId: order.id, reason: 'customer changed their mind', wasPlaced: true });
  });

  it('cancels a draft, telling listeners it was never placed', () => {
    const order = Order.create(CUSTOMER, EUR);
    order.cancel('duplicate');
    expect((order.pullEvents()[0] as OrderCancelled).payload.wasPlaced).toBe(false);
  });

  it('requires a non-empty cancellation reason', () => {
    const order = placedOrder();
    expect(() => order.cancel('   ')).toThrow(OrderCancellationReasonRequired);
    expect(order.status).toBe('placed');
  });

  it('cannot cancel twice', () => {
    const order = placedOrder();
    order.cancel('first');
    expect(() => order.cancel('again')).toThrow(OrderNotCancellable);
  });

  it('raises nothing when a rule refuses the change', () => {
    const order = Order.create(CUSTOMER, EUR);
    expect(() => order.place()).toThrow();
    expect(order.pullEvents()).toEqual([]);
  });
});

describe('OrderLine', () => {
  it.each([
    ['', 1, 100],
    ['has space', 1, 100],
    ['A', 0, 100],
    ['A', -1, 100],
    ['A', 1.5, 100],
    ['A', 1, -1],
  ])('rejects sku %p, quantity %p, unit price %p', (sku, quantity, price) => {
    expect(() => line(sku, quantity, price)).toThrow(OrderLineInvalid);
  });

  it('computes its total', () => {
    expect(line('A', 3, 250).total.amount).toBe(750);
  });
});
