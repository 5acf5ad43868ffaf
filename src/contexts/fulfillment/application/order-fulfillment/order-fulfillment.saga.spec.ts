import { DomainEvent } from '@promenade/ddd';
import { SagaHarness } from '@promenade/messaging';
import {
  ChargeInvoiceMessage,
  InvoiceIssuedContract,
  InvoiceOrderMessage,
  PaymentFailedContract,
  PaymentSucceededContract,
  RefundInvoiceMessage,
  VoidInvoiceMessage,
} from '../../../billing/contracts';
import {
  CancelOrderMessage,
  ConfirmOrderMessage,
  MarkOrderDeliveredMessage,
  MarkOrderShippedMessage,
  OrderCancelledContract,
  OrderPlacedContract,
  RecordOrderPaymentMessage,
} from '../../../ordering/contracts';
import { ReleaseShipmentMessage, ShipmentDeliveredContract, ShipmentShippedContract } from '../../../shipping/contracts';
import {
  ConfirmReservationMessage,
  IssueReservationMessage,
  ReleaseReservationMessage,
  ReservationConfirmedContract,
  ReservationExpiredContract,
  ReserveStockMessage,
  StockReservationFailedContract,
  StockReleasedContract,
  StockReservedContract,
} from '../../../warehouse/contracts';
import { orderFulfillment } from './order-fulfillment.saga';

const ORDER = '0190f000-0000-7000-8000-000000000001';
const INVOICE = '0190f000-0000-7000-8000-000000000002';
const PAYMENT = '0190f000-0000-7000-8000-000000000003';
const RESERVATION = '0190f000-0000-7000-8000-000000000004';
const METHOD = '0190f000-0000-7000-8000-000000000005';
const USER = '0190f000-0000-7000-8000-000000000006';
const START = '2026-03-01T10:00:00.000Z';
const money = (amount: number) => ({ amount, currency: 'EUR' });

const placed = () =>
  new OrderPlacedContract({
    orderId: ORDER,
    customerId: USER,
    currency: 'EUR',
    lines: [
      { sku: 'MUG-1', quantity: 2, unitPrice: 1250 },
      { sku: 'TEA-7', quantity: 1, unitPrice: 500 },
    ],
    total: 3000,
    paymentMethodId: METHOD,
  });
const allocations = [{ sku: 'MUG-1', warehouseCode: 'KYIV', quantity: 2 }];
const reserved = () =>
  new StockReservedContract({ reservationId: RESERVATION, orderId: ORDER, allocations, expiresAt: '2026-03-01T10:30:00.000Z' });
const issued = () =>
  new InvoiceIssuedContract({
    invoiceId: INVOICE,
    number: 'INV-2026-000001',
    customerId: USER,
    currency: 'EUR',
    subtotal: money(3000),
    taxTotal: money(0),
    total: money(3000),
    dueDate: '2026-03-31',
    sourceReference: `order:${ORDER}`,
    issuedAt: START,
  });
const paid = () =>
  new PaymentSucceededContract({ paymentId: PAYMENT, invoiceId: INVOICE, customerId: USER, amount: money(3000), succeededAt: START });
const declined = () =>
  new PaymentFailedContract({
    paymentId: PAYMENT,
    invoiceId: INVOICE,
    customerId: USER,
    amount: money(3000),
    reason: 'card_declined',
    failedAt: START,
  });
const confirmed = () => new ReservationConfirmedContract({ reservationId: RESERVATION, orderId: ORDER, confirmedAt: START });
const expired = () => new ReservationExpiredContract({ reservationId: RESERVATION, orderId: ORDER, allocations, expiredAt: START });
const shipped = () =>
  new ShipmentShippedContract({ shipmentId: 'S1', orderId: ORDER, carrier: 'UPS', trackingNumber: '1Z999', shippedAt: START } as never);
const delivered = () => new ShipmentDeliveredContract({ shipmentId: 'S1', orderId: ORDER, deliveredAt: START });
const cancelledByCustomer = () => new OrderCancelledContract({ orderId: ORDER, reason: 'changed my mind', wasPlaced: true });

/** What was sent, as `name payload`: readable in a failure, exact in a match. */
const described = (messages: DomainEvent[]) => messages.map((message) => ({ name: message.eventName, payload: message.payload }));
const message = (event: DomainEvent) => ({ name: event.eventName, payload: event.payload });

const start = () => SagaHarness.of(orderFulfillment, { now: START, config: { FULFILLMENT_PAYMENT_TIMEOUT_MINUTES: 15 } });
const untilInvoicing = () => start().receive(placed()).receive(reserved());
const untilPayment = () => untilInvoicing().receive(issued());
const untilShipment = () => untilPayment().receive(paid()).receive(confirmed());

describe('the order fulfillment saga', () => {
  describe('the happy path', () => {
    it('reserves the stock of the placed order', () => {
      const saga = start().receive(placed());
      expect(saga.state).toBe('reserving_stock');
      expect(described(saga.sent)).toEqual([
        message(
          new ReserveStockMessage({
            orderId: ORDER,
            lines: [
              { sku: 'MUG-1', quantity: 2 },
              { sku: 'TEA-7', quantity: 1 },
            ],
          }),
        ),
      ]);
    });

    it('invoices the order once its stock is held', () => {
      const saga = untilInvoicing();
      expect(saga.state).toBe('invoicing');
      expect(saga.completedSteps).toEqual(['stock']);
      expect(described(saga.sent)).toEqual([
        message(new InvoiceOrderMessage({ orderId: ORDER, customerId: USER, currency: 'EUR', lines: placed().payload.lines })),
      ]);
    });

    it('charges the invoice with the payment method given at placement, and waits for the payment until the timeout', () => {
      const saga = untilPayment();
      expect(saga.state).toBe('awaiting_payment');
      expect(saga.keys).toEqual(expect.arrayContaining([`order:${ORDER}`, `invoice:${INVOICE}`]));
      expect(described(saga.sent)).toEqual([
        message(new ChargeInvoiceMessage({ invoiceId: INVOICE, paymentMethodId: METHOD, idempotencyKey: `order:${ORDER}:charge` })),
      ]);
      expect(saga.timeout).toEqual({ state: 'awaiting_payment', dueAt: new Date('2026-03-01T10:15:00.000Z') });
    });

    it('once paid, records the capture and pins the reservation; the payment timeout no longer applies', () => {
      const saga = untilPayment().receive(paid());
      expect(saga.state).toBe('confirming_reservation');
      expect(saga.completedSteps).toEqual(['stock', 'payment']);
      // The payment's timeout is spent; the confirmation has its own.
      expect(saga.timeout).toEqual({ state: 'confirming_reservation', dueAt: new Date('2026-03-01T10:15:00.000Z') });
      expect(described(saga.sent)).toEqual([
        message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'captured', detail: null })),
        message(new ConfirmReservationMessage({ orderId: ORDER })),
      ]);
    });

    it('confirms the order and releases its shipment once the reservation is pinned', () => {
      const saga = untilShipment();
      expect(saga.state).toBe('awaiting_shipment');
      expect(described(saga.sent)).toEqual([
        message(new ConfirmOrderMessage({ orderId: ORDER, paymentId: PAYMENT })),
        message(new ReleaseShipmentMessage({ orderId: ORDER })),
      ]);
    });

    it('issues the stock and tells Ordering the carrier once shipped, then marks the order delivered and ends', () => {
      const saga = untilShipment().receive(shipped());
      expect(saga.state).toBe('awaiting_delivery');
      expect(saga.completedSteps).toEqual([]);
      expect(described(saga.sent)).toEqual([
        message(new IssueReservationMessage({ orderId: ORDER })),
        message(new MarkOrderShippedMessage({ orderId: ORDER, carrier: 'UPS', trackingNumber: '1Z999' })),
      ]);
      saga.receive(delivered());
      expect(saga.state).toBe('delivered');
      expect(saga.ended).toBe(true);
      expect(described(saga.sent)).toEqual([message(new MarkOrderDeliveredMessage({ orderId: ORDER }))]);
      expect(saga.history.map((step) => step.to)).toEqual([
        'reserving_stock',
        'invoicing',
        'awaiting_payment',
        'confirming_reservation',
        'awaiting_shipment',
        'awaiting_delivery',
        'delivered',
      ]);
    });
  });

  describe('compensation', () => {
    it('out of stock: cancels the order naming the short SKUs, and charges nothing', () => {
      const saga = start()
        .receive(placed())
        .receive(
          new StockReservationFailedContract({
            reservationId: RESERVATION,
            orderId: ORDER,
            shortages: [
              { sku: 'MUG-1', requested: 2, available: 1, reason: 'insufficient' },
              { sku: 'TEA-7', requested: 1, available: 0, reason: 'discontinued' },
            ],
          }),
        );
      expect(saga.state).toBe('cancelled');
      expect(described(saga.sent)).toEqual([
        message(
          new CancelOrderMessage({ orderId: ORDER, reason: 'out of stock: MUG-1 (2 requested, 1 available); discontinued product: TEA-7' }),
        ),
      ]);
    });

    it('an unknown SKU fails the reservation step with that reason', () => {
      const saga = start()
        .receive(placed())
        .receive(
          new StockReservationFailedContract({
            reservationId: RESERVATION,
            orderId: ORDER,
            shortages: [{ sku: 'NOPE-1', requested: 1, available: 0, reason: 'unknown' }],
          }),
        );
      expect(saga.data.cancellationReason).toBe('unknown product: NOPE-1');
    });

    it('payment declined: records the failure, voids the invoice, releases the stock and cancels with the provider reason', () => {
      const saga = untilPayment().receive(declined());
      expect(saga.state).toBe('cancelled');
      expect(saga.timeout).toBeNull();
      const reason = 'payment failed: card_declined';
      expect(described(saga.sent)).toEqual([
        message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'failed', detail: 'card_declined' })),
        message(new VoidInvoiceMessage({ invoiceId: INVOICE, reason })),
        message(new ReleaseReservationMessage({ orderId: ORDER, reason })),
        message(new CancelOrderMessage({ orderId: ORDER, reason })),
      ]);
    });

    it('payment timeout: voids the invoice, releases the stock and cancels; a payment that lands later is refunded', () => {
      const saga = untilPayment().fireTimeout();
      expect(saga.state).toBe('cancelled');
      const reason = 'payment not confirmed in time';
      expect(described(saga.sent)).toEqual([
        message(new VoidInvoiceMessage({ invoiceId: INVOICE, reason })),
        message(new ReleaseReservationMessage({ orderId: ORDER, reason })),
        message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'voided', detail: reason })),
        message(new CancelOrderMessage({ orderId: ORDER, reason })),
      ]);
      saga.receive(paid());
      expect(saga.state).toBe('cancelled');
      expect(described(saga.sent)).toEqual([
        message(new RefundInvoiceMessage({ invoiceId: INVOICE, reason })),
        message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'refunded', detail: reason })),
      ]);
    });

    it('a payment timeout that fires after the payment arrived does nothing', () => {
      const saga = untilPayment().receive(paid()).receive(confirmed()).advanceTo('2026-03-01T11:00:00.000Z');
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('awaiting_shipment');
    });

    it('the customer cancels a confirmed order before shipping: refund, release; Ordering already cancelled it', () => {
      const saga = untilShipment().receive(cancelledByCustomer());
      expect(saga.state).toBe('cancelled');
      expect(described(saga.sent)).toEqual([
        message(new RefundInvoiceMessage({ invoiceId: INVOICE, reason: 'changed my mind' })),
        message(new ReleaseReservationMessage({ orderId: ORDER, reason: 'changed my mind' })),
        message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'refunded', detail: 'changed my mind' })),
      ]);
    });

    it('the customer cancels while the stock is being reserved: a reservation that arrives later is released', () => {
      const saga = start().receive(placed()).receive(cancelledByCustomer());
      expect(saga.state).toBe('cancelled');
      expect(saga.sent).toEqual([]);
      saga.receive(reserved());
      expect(described(saga.sent)).toEqual([message(new ReleaseReservationMessage({ orderId: ORDER, reason: 'changed my mind' }))]);
    });

    it('the customer cancels while the order is being invoiced: the stock is released, an invoice that arrives later is voided', () => {
      const saga = untilInvoicing().receive(cancelledByCustomer());
      expect(described(saga.sent)).toEqual([message(new ReleaseReservationMessage({ orderId: ORDER, reason: 'changed my mind' }))]);
      saga.receive(issued());
      expect(described(saga.sent)).toEqual([message(new VoidInvoiceMessage({ invoiceId: INVOICE, reason: 'changed my mind' }))]);
    });

    it('staff release the held stock in the warehouse: the payment is refunded and the order cancelled', () => {
      const reason = 'stock reservation released in the warehouse';
      const released = new StockReleasedContract({ reservationId: RESERVATION, orderId: ORDER, allocations, releasedAt: START });
      const saga = untilShipment().receive(released);
      expect(saga.state).toBe('cancelled');
      expect(described(saga.sent)).toEqual([
        message(new RefundInvoiceMessage({ invoiceId: INVOICE, reason })),
        message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'refunded', detail: reason })),
        message(new CancelOrderMessage({ orderId: ORDER, reason })),
      ]);
      // The release its own compensations cause comes back too: nothing more to do.
      saga.receive(released);
      expect(saga.sent).toEqual([]);
    });

    it.each([
      ['reserving_stock', () => start().receive(placed()), 'stock not reserved in time', []],
      ['invoicing', untilInvoicing, 'order not invoiced in time', ['warehouse.release-reservation']],
      [
        'confirming_reservation',
        () => untilPayment().receive(paid()),
        'stock reservation not confirmed in time',
        ['billing.refund-invoice', 'warehouse.release-reservation', 'ordering.record-order-payment'],
      ],
    ] as const)('an answer that never comes in %s: undone and cancelled after the step timeout', (_state, until, reason, undo) => {
      const saga = until().fireTimeout();
      expect(saga.state).toBe('cancelled');
      expect(saga.data.cancellationReason).toBe(reason);
      expect(saga.sent.map((sent) => sent.eventName)).toEqual([...undo, 'ordering.cancel-order']);
    });

    it('a cancellation that overtook the placement waits for the saga, then cancels it', () => {
      const saga = start().receive(cancelledByCustomer());
      expect(saga.ignored).toBe(true);
      expect(saga.retrying).toHaveLength(1);
      saga.receive(placed());
      expect(saga.state).toBe('cancelled');
      expect(saga.data.cancellationReason).toBe('changed my mind');
      // A cancelled draft never had a saga: nothing waits for one.
      const draft = start().receive(new OrderCancelledContract({ orderId: ORDER, reason: 'never mind', wasPlaced: false }));
      expect(draft.retrying).toEqual([]);
    });

    describe('the reservation expiring, racing the payment', () => {
      const reason = 'stock reservation expired before the payment was captured';

      it('expiry first: the invoice is voided and the order cancelled; nothing to release', () => {
        const saga = untilPayment().receive(expired());
        expect(saga.state).toBe('cancelled');
        expect(described(saga.sent)).toEqual([
          message(new VoidInvoiceMessage({ invoiceId: INVOICE, reason })),
          message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'voided', detail: reason })),
          message(new CancelOrderMessage({ orderId: ORDER, reason })),
        ]);
      });

      it('payment first, but the expiry beat the pinning in the warehouse: the payment is refunded and the order cancelled', () => {
        const saga = untilPayment().receive(paid()).receive(expired());
        expect(saga.state).toBe('cancelled');
        expect(described(saga.sent)).toEqual([
          message(new RefundInvoiceMessage({ invoiceId: INVOICE, reason })),
          message(new RecordOrderPaymentMessage({ orderId: ORDER, paymentState: 'refunded', detail: reason })),
          message(new CancelOrderMessage({ orderId: ORDER, reason })),
        ]);
      });

      it('pinned before it expired: a late expiry changes nothing', () => {
        const saga = untilShipment().receive(expired());
        expect(saga.ignored).toBe(true);
        expect(saga.state).toBe('awaiting_shipment');
      });
    });
  });

  describe('late and duplicate events', () => {
    it('a second order-placed for the order starts nothing', () => {
      const saga = start().receive(placed()).receive(placed());
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('reserving_stock');
    });

    it('a repeated stock-reserved, or a shipment event before its time, is ignored', () => {
      const saga = untilInvoicing().receive(reserved());
      expect(saga.ignored).toBe(true);
      saga.receive(shipped());
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('invoicing');
    });

    it('a delivery that overtook its shipment is retried, not dropped: it applies once the shipment has', () => {
      const saga = untilShipment().receive(delivered());
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('awaiting_shipment');
      expect(saga.retrying).toHaveLength(1);
      saga.receive(shipped());
      expect(saga.state).toBe('delivered');
      expect(saga.retrying).toEqual([]);
      expect(described(saga.sent)).toEqual([
        message(new IssueReservationMessage({ orderId: ORDER })),
        message(new MarkOrderShippedMessage({ orderId: ORDER, carrier: 'UPS', trackingNumber: '1Z999' })),
        message(new MarkOrderDeliveredMessage({ orderId: ORDER })),
      ]);
    });

    it('a cancellation that arrives after the goods left changes nothing (Ordering refuses it once shipped)', () => {
      const saga = untilShipment().receive(shipped()).receive(cancelledByCustomer());
      expect(saga.ignored).toBe(true);
      expect(saga.state).toBe('awaiting_delivery');
    });

    it("the saga's own cancellation coming back from Ordering is ignored", () => {
      const saga = untilPayment()
        .receive(declined())
        .receive(new OrderCancelledContract({ orderId: ORDER, reason: 'payment failed: card_declined', wasPlaced: true }));
      expect(saga.ignored).toBe(true);
    });

    it('a payment failure after a timeout cancelled the order does nothing more', () => {
      const saga = untilPayment().fireTimeout().receive(declined());
      expect(saga.ignored).toBe(true);
    });
  });
});
