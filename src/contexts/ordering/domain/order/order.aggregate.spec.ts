import { Currency, Money } from '@promenade/ddd';
import { OrderCancelled } from '../events/order-cancelled.event';
import { OrderDelivered } from '../events/order-delivered.event';
import { OrderPlaced } from '../events/order-placed.event';
import { OrderLine } from './order-line';
import { OrderStatus } from './order-status';
import { Order } from './order.aggregate';
import {
  OrderCancellationReasonRequired,
  OrderEmpty,
  OrderLineCurrencyMismatch,
  OrderLineDuplicate,
  OrderLineInvalid,
  OrderLineNotFound,
  OrderNotCancellable,
  OrderNotConfirmable,
  OrderNotDeliverable,
  OrderNotDraft,
  OrderNotShippable,
  isTooEarly,
  OrderPaymentMethodRequired,
  OrderPaymentStateConflict,
  OrderShipmentInvalid,
} from './order.errors';
import { PaymentState, ReportedPaymentState } from './payment-state';

const EUR = Currency.of('EUR');
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const PAYMENT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';
const AT = (iso: string) => new Date(`2026-01-0${iso}Z`);
const line = (sku: string, quantity = 1, price = 1000, currency = 'EUR') => OrderLine.of(sku, quantity, Money.of(price, currency));

/** An order brought to `status` through its own methods, its events taken. */
function orderIn(status: OrderStatus): Order {
  const order = Order.create(CUSTOMER, EUR, [line('SKU-1', 2, 1250)]);
  if (status === 'cancelled') order.cancel('abandoned');
  if (status !== 'draft' && status !== 'cancelled') order.place(PAYMENT_METHOD, AT('1T10:00:00'));
  if (['confirmed', 'shipped', 'delivered'].includes(status)) order.confirm(PAYMENT, AT('1T10:05:00'));
  if (['shipped', 'delivered'].includes(status)) order.markShipped('DHL', 'JD014600', AT('2T08:00:00'));
  if (status === 'delivered') order.markDelivered(AT('3T12:00:00'));
  order.pullEvents();
  return order;
}

/** The error `act` throws (it must throw). */
function catching(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

/** A placed order whose payment Billing reported as `state`, through the states before it. */
function placedWithPayment(state: PaymentState): Order {
  const order = orderIn('placed');
  const path: Record<PaymentState, ReportedPaymentState[]> = {
    none: [],
    pending: [],
    captured: ['captured'],
    failed: ['failed'],
    voided: ['voided'],
    refunded: ['captured', 'refunded'],
  };
  for (const step of path[state]) order.recordPayment(step, null);
  return order;
}

describe('Order', () => {
  describe('as a draft', () => {
    it('starts as a draft, possibly with no lines, with no payment, shipment or timeline', () => {
      const order = Order.create(CUSTOMER, EUR);
      expect(order).toMatchObject({
        status: 'draft',
        paymentMethodId: null,
        paymentState: 'none',
        shipment: null,
        placedAt: null,
        confirmedAt: null,
        shippedAt: null,
        deliveredAt: null,
        cancelledAt: null,
      });
      expect(order.timeline).toEqual([]);
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
  });

  describe('placing', () => {
    it('places a draft with the payment method, its payment pending, and raises OrderPlaced v2 with lines, total and method', () => {
      const order = Order.create(CUSTOMER, EUR, [line('A', 2, 500)]);
      order.place(PAYMENT_METHOD, AT('1T00:00:00'));

      expect(order).toMatchObject({ status: 'placed', paymentMethodId: PAYMENT_METHOD, paymentState: 'pending' });
      expect(order.placedAt).toEqual(AT('1T00:00:00'));
      expect(order.timeline).toEqual([{ at: AT('1T00:00:00'), type: 'placed', detail: `payment method ${PAYMENT_METHOD}` }]);
      const [event] = order.pullEvents();
      expect(event).toBeInstanceOf(OrderPlaced);
      expect(event.eventVersion).toBe(2);
      expect((event as OrderPlaced).payload).toEqual({
        orderId: order.id,
        customerId: CUSTOMER,
        currency: 'EUR',
        lines: [{ sku: 'A', quantity: 2, unitPrice: 500 }],
        total: 1000,
        paymentMethodId: PAYMENT_METHOD,
      });
      expect(event.metadata.aggregateId).toBe(order.id);
    });

    it('rejects placing an order with no lines with ORDER_EMPTY', () => {
      const order = Order.create(CUSTOMER, EUR);
      expect(() => order.place(PAYMENT_METHOD)).toThrow(OrderEmpty);
      expect(order).toMatchObject({ status: 'draft', paymentState: 'none' });
    });

    it('rejects placing without a payment method with ORDER_PAYMENT_METHOD_REQUIRED', () => {
      const order = Order.create(CUSTOMER, EUR, [line('A')]);
      expect(() => order.place('  ')).toThrow(OrderPaymentMethodRequired);
      expect(order).toMatchObject({ status: 'draft', paymentMethodId: null });
      expect(order.pullEvents()).toEqual([]);
    });

    it.each<OrderStatus>(['placed', 'confirmed', 'shipped', 'delivered', 'cancelled'])(
      'changes lines and places only while a draft, not when %s',
      (status) => {
        const order = orderIn(status);
        expect(() => order.addLine(line('B'))).toThrow(OrderNotDraft);
        expect(() => order.removeLine('SKU-1')).toThrow(OrderNotDraft);
        expect(() => order.place(PAYMENT_METHOD)).toThrow(OrderNotDraft);
        expect(order.lines).toHaveLength(1);
        expect(order.status).toBe(status);
      },
    );
  });

  describe('confirming', () => {
    it('confirms a placed order whose payment is still pending (the capture report may come later)', () => {
      const order = orderIn('placed');
      order.confirm(PAYMENT, AT('1T10:05:00'));

      expect(order).toMatchObject({ status: 'confirmed', confirmedAt: AT('1T10:05:00'), paymentState: 'pending' });
      expect(order.timeline.at(-1)).toEqual({ at: AT('1T10:05:00'), type: 'confirmed', detail: `payment ${PAYMENT}` });
      expect(order.pullEvents()).toEqual([]);
    });

    it('confirms a placed order whose payment was captured', () => {
      const order = placedWithPayment('captured');
      order.confirm(PAYMENT);
      expect(order).toMatchObject({ status: 'confirmed', paymentState: 'captured' });
    });

    it.each<PaymentState>(['failed', 'voided', 'refunded'])('refuses to confirm an order whose payment is %s', (state) => {
      const order = placedWithPayment(state);
      expect(() => order.confirm(PAYMENT)).toThrow(OrderNotConfirmable);
      expect(() => order.confirm(PAYMENT)).toThrow(`its payment is ${state}`);
      expect(order.status).toBe('placed');
    });

    it.each<OrderStatus>(['draft', 'confirmed', 'shipped', 'delivered', 'cancelled'])(
      'refuses to confirm a %s order with ORDER_NOT_CONFIRMABLE and changes nothing',
      (status) => {
        const order = orderIn(status);
        const before = order.timeline.length;
        expect(() => order.confirm(PAYMENT)).toThrow(OrderNotConfirmable);
        expect(order.status).toBe(status);
        expect(order.timeline).toHaveLength(before);
      },
    );
  });

  describe('marking shipped and delivered', () => {
    it('marks a confirmed order shipped with its carrier and tracking number', () => {
      const order = orderIn('confirmed');
      order.markShipped(' DHL ', ' JD014600 ', AT('2T08:00:00'));

      expect(order).toMatchObject({
        status: 'shipped',
        shippedAt: AT('2T08:00:00'),
        shipment: { carrier: 'DHL', trackingNumber: 'JD014600' },
      });
      expect(order.timeline.at(-1)).toEqual({ at: AT('2T08:00:00'), type: 'shipped', detail: 'DHL, tracking number JD014600' });
      expect(order.pullEvents()).toEqual([]);
    });

    it.each([
      ['', 'JD014600'],
      ['DHL', '  '],
    ])('refuses a shipment without carrier %p or tracking number %p with ORDER_SHIPMENT_INVALID', (carrier, tracking) => {
      const order = orderIn('confirmed');
      expect(() => order.markShipped(carrier, tracking)).toThrow(OrderShipmentInvalid);
      expect(order).toMatchObject({ status: 'confirmed', shipment: null });
    });

    it.each<OrderStatus>(['draft', 'placed', 'shipped', 'delivered', 'cancelled'])(
      'refuses to mark a %s order shipped with ORDER_NOT_SHIPPABLE',
      (status) => {
        const order = orderIn(status);
        expect(() => order.markShipped('UPS', '1Z999')).toThrow(OrderNotShippable);
        expect(order.status).toBe(status);
      },
    );

    it.each<[OrderStatus, boolean]>([
      ['placed', true],
      ['draft', false],
      ['shipped', false],
      ['cancelled', false],
    ])('tells a shipment reported too early (a %s order: %s) from one that no longer applies', (status, tooEarly) => {
      const refusal = catching(() => orderIn(status).markShipped('UPS', '1Z999'));
      expect(isTooEarly(refusal)).toBe(tooEarly);
    });

    it.each<[OrderStatus, boolean]>([
      ['placed', true],
      ['confirmed', true],
      ['delivered', false],
      ['cancelled', false],
    ])('tells a delivery reported too early (a %s order: %s) from one that no longer applies', (status, tooEarly) => {
      const refusal = catching(() => orderIn(status).markDelivered());
      expect(isTooEarly(refusal)).toBe(tooEarly);
    });

    it('marks a shipped order delivered and raises OrderDelivered with its customer, total and time', () => {
      const order = orderIn('shipped');
      order.markDelivered(AT('3T12:00:00'));

      expect(order).toMatchObject({ status: 'delivered', deliveredAt: AT('3T12:00:00') });
      expect(order.timeline.at(-1)).toEqual({ at: AT('3T12:00:00'), type: 'delivered', detail: null });
      const [event] = order.pullEvents();
      expect(event).toBeInstanceOf(OrderDelivered);
      expect((event as OrderDelivered).payload).toEqual({
        orderId: order.id,
        customerId: CUSTOMER,
        currency: 'EUR',
        total: 2500,
        deliveredAt: '2026-01-03T12:00:00.000Z',
      });
    });

    it.each<OrderStatus>(['draft', 'placed', 'confirmed', 'delivered', 'cancelled'])(
      'refuses to mark a %s order delivered with ORDER_NOT_DELIVERABLE and raises nothing',
      (status) => {
        const order = orderIn(status);
        expect(() => order.markDelivered()).toThrow(OrderNotDeliverable);
        expect(order.status).toBe(status);
        expect(order.pullEvents()).toEqual([]);
      },
    );
  });

  describe('recording the payment', () => {
    it.each<[PaymentState, ReportedPaymentState]>([
      ['pending', 'captured'],
      ['pending', 'failed'],
      ['pending', 'voided'],
      ['failed', 'voided'],
      ['captured', 'refunded'],
      // A payment that landed after the order gave up waiting and voided its invoice is refunded.
      ['voided', 'refunded'],
    ])('moves a %s payment to %s, with a timeline entry', (from, to) => {
      const order = placedWithPayment(from);
      order.recordPayment(to, ' card_declined ', AT('1T11:00:00'));

      expect(order.paymentState).toBe(to);
      expect(order.timeline.at(-1)).toEqual({ at: AT('1T11:00:00'), type: `payment-${to}`, detail: 'card_declined' });
      expect(order.pullEvents()).toEqual([]);
    });

    it('keeps no detail when the report has none', () => {
      const order = orderIn('placed');
      order.recordPayment('captured', '  ');
      expect(order.timeline.at(-1)).toMatchObject({ type: 'payment-captured', detail: null });
    });

    it.each<[PaymentState, ReportedPaymentState]>([
      ['pending', 'refunded'],
      ['captured', 'captured'],
      ['captured', 'failed'],
      ['captured', 'voided'],
      ['failed', 'captured'],
      ['failed', 'failed'],
      ['voided', 'captured'],
      ['refunded', 'refunded'],
      ['refunded', 'captured'],
    ])('refuses to move a %s payment to %s with ORDER_PAYMENT_STATE_CONFLICT', (from, to) => {
      const order = placedWithPayment(from);
      const before = order.timeline.length;
      expect(() => order.recordPayment(to, null)).toThrow(OrderPaymentStateConflict);
      expect(order.paymentState).toBe(from);
      expect(order.timeline).toHaveLength(before);
    });

    it('takes a refund reported before its capture as too early (retried), any other conflict as final', () => {
      expect(isTooEarly(catching(() => placedWithPayment('pending').recordPayment('refunded', null)))).toBe(true);
      expect(isTooEarly(catching(() => placedWithPayment('refunded').recordPayment('refunded', null)))).toBe(false);
      expect(isTooEarly(catching(() => placedWithPayment('failed').recordPayment('captured', null)))).toBe(false);
    });

    it('refuses a payment report on a draft, which has no payment', () => {
      expect(() => orderIn('draft').recordPayment('captured', null)).toThrow(OrderPaymentStateConflict);
    });

    it('records a refund after the order was cancelled: money moves on after a cancellation', () => {
      const order = placedWithPayment('captured');
      order.cancel('customer changed their mind');
      order.recordPayment('refunded', 'credit note CN-1');
      expect(order).toMatchObject({ status: 'cancelled', paymentState: 'refunded' });
    });
  });

  describe('cancelling', () => {
    it.each<OrderStatus>(['placed', 'confirmed'])(
      'cancels a %s order with a reason and raises OrderCancelled saying it was placed',
      (status) => {
        const order = orderIn(status);
        order.cancel('  customer changed their mind ', AT('2T09:00:00'));

        expect(order).toMatchObject({
          status: 'cancelled',
          cancellationReason: 'customer changed their mind',
          cancelledAt: AT('2T09:00:00'),
        });
        expect(order.timeline.at(-1)).toEqual({ at: AT('2T09:00:00'), type: 'cancelled', detail: 'customer changed their mind' });
        const [event] = order.pullEvents();
        expect(event).toBeInstanceOf(OrderCancelled);
        expect((event as OrderCancelled).payload).toEqual({ orderId: order.id, reason: 'customer changed their mind', wasPlaced: true });
      },
    );

    it('cancels a draft, telling listeners it was never placed', () => {
      const order = Order.create(CUSTOMER, EUR);
      order.cancel('duplicate');
      expect((order.pullEvents()[0] as OrderCancelled).payload.wasPlaced).toBe(false);
    });

    it('requires a non-empty cancellation reason', () => {
      const order = orderIn('placed');
      expect(() => order.cancel('   ')).toThrow(OrderCancellationReasonRequired);
      expect(order.status).toBe('placed');
    });

    it.each<OrderStatus>(['shipped', 'delivered', 'cancelled'])(
      'refuses to cancel a %s order with ORDER_NOT_CANCELLABLE and raises nothing',
      (status) => {
        const order = orderIn(status);
        expect(() => order.cancel('too late')).toThrow(OrderNotCancellable);
        expect(() => order.cancel('too late')).toThrow(expect.objectContaining({ code: 'ORDER_NOT_CANCELLABLE', kind: 'conflict' }));
        expect(order.status).toBe(status);
        expect(order.pullEvents()).toEqual([]);
      },
    );
  });

  it('keeps every step of a whole life in its timeline, oldest first', () => {
    const order = Order.create(CUSTOMER, EUR, [line('A')]);
    order.place(PAYMENT_METHOD, AT('1T10:00:00'));
    order.recordPayment('captured', null, AT('1T10:04:00'));
    order.confirm(PAYMENT, AT('1T10:05:00'));
    order.markShipped('DHL', 'JD014600', AT('2T08:00:00'));
    order.markDelivered(AT('3T12:00:00'));

    expect(order.timeline.map(({ at, type }) => [at.toISOString(), type])).toEqual([
      ['2026-01-01T10:00:00.000Z', 'placed'],
      ['2026-01-01T10:04:00.000Z', 'payment-captured'],
      ['2026-01-01T10:05:00.000Z', 'confirmed'],
      ['2026-01-02T08:00:00.000Z', 'shipped'],
      ['2026-01-03T12:00:00.000Z', 'delivered'],
    ]);
    expect(order.pullEvents().map((event) => event.constructor)).toEqual([OrderPlaced, OrderDelivered]);
  });

  it('raises nothing when a rule refuses the change', () => {
    const order = Order.create(CUSTOMER, EUR);
    expect(() => order.place(PAYMENT_METHOD)).toThrow();
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
