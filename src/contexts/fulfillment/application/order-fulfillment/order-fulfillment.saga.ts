import { defineSaga, on, SagaActions } from '@promenade/messaging';
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
import { reasonOfShortages } from './reason-of-shortages';

export interface FulfillmentData {
  orderId: string;
  /** The Identity user who placed the order (Billing's customer too). */
  customerId: string;
  currency: string;
  lines: Array<{ sku: string; quantity: number; unitPrice: number }>;
  /** In minor units of `currency`. */
  total: number;
  paymentMethodId: string;
  invoiceId: string | null;
  paymentId: string | null;
  cancellationReason: string | null;
}

export const FULFILLMENT_STATES = [
  'reserving_stock',
  'invoicing',
  'awaiting_payment',
  'confirming_reservation',
  'awaiting_shipment',
  'awaiting_delivery',
  'delivered',
  'cancelled',
] as const;
export type FulfillmentState = (typeof FULFILLMENT_STATES)[number];

/** The steps that have an undo: the held stock, the open invoice, the captured payment. */
export type FulfillmentStep = 'stock' | 'invoice' | 'payment';

type Fulfillment = SagaActions<FulfillmentData, FulfillmentState, FulfillmentStep>;

/** States in which the order can still be called off: before the goods leave. */
const CANCELLABLE: FulfillmentState[] = ['reserving_stock', 'invoicing', 'awaiting_payment', 'confirming_reservation', 'awaiting_shipment'];

/** Every step but the payment waits this long for its answer: a request dead-lettered on the way cancels, never strands, the order. */
const stepTimeout = (_data: unknown, config: { FULFILLMENT_STEP_TIMEOUT_MINUTES: number }) =>
  config.FULFILLMENT_STEP_TIMEOUT_MINUTES * 60_000;

const byOrder = (event: { payload: { orderId: string } }) => `order:${event.payload.orderId}`;
const byInvoice = (event: { payload: { invoiceId: string } }) => `invoice:${event.payload.invoiceId}`;

/** Undoes what was done, tells Ordering (unless Ordering is the one that cancelled), and ends the saga. */
function cancel(saga: Fulfillment, reason: string, { tellOrdering }: { tellOrdering: boolean }): void {
  const { orderId, invoiceId } = saga.data;
  const refunding = saga.completedSteps.includes('payment');
  const voiding = saga.completedSteps.includes('invoice');
  // Set first: the compensations quote it.
  saga.set({ cancellationReason: reason });
  saga.compensate();
  if (refunding) saga.send(new RecordOrderPaymentMessage({ orderId, paymentState: 'refunded', detail: reason }));
  else if (voiding && invoiceId) saga.send(new RecordOrderPaymentMessage({ orderId, paymentState: 'voided', detail: reason }));
  if (tellOrdering) saga.send(new CancelOrderMessage({ orderId, reason }));
  saga.moveTo('cancelled');
}

/**
 * One placed order's way to the customer's door: hold the stock (Warehouse), invoice and charge it (Billing), confirm
 * the order and release its shipment, issue the stock once shipped, and mark it delivered. A failed or timed-out step
 * undoes the completed ones, newest first (refund or void, release the stock) and cancels the order with the reason.
 * States, compensations and races: the context's README.
 */
export const orderFulfillment = defineSaga<FulfillmentData, FulfillmentState, FulfillmentStep>({
  type: 'fulfillment.order-fulfillment',
  terminal: ['delivered', 'cancelled'],
  starts: on(OrderPlacedContract, {
    key: byOrder,
    state: 'reserving_stock',
    data: ({ payload }) => ({
      orderId: payload.orderId,
      customerId: payload.customerId,
      currency: payload.currency,
      lines: payload.lines,
      total: payload.total,
      paymentMethodId: payload.paymentMethodId,
      invoiceId: null,
      paymentId: null,
      cancellationReason: null,
    }),
    then: (saga, { payload }) =>
      saga.send(
        new ReserveStockMessage({ orderId: payload.orderId, lines: payload.lines.map(({ sku, quantity }) => ({ sku, quantity })) }),
      ),
  }),
  reactions: [
    on(StockReservedContract, {
      key: byOrder,
      in: ['reserving_stock'],
      then: (saga) => {
        const { orderId, customerId, currency, lines } = saga.data;
        saga.completed('stock');
        saga.send(new InvoiceOrderMessage({ orderId, customerId, currency, lines }));
        saga.moveTo('invoicing');
      },
    }),
    // Cancelled before the stock was held: hold nothing.
    on(StockReservedContract, {
      key: byOrder,
      in: ['cancelled'],
      then: (saga) =>
        saga.send(new ReleaseReservationMessage({ orderId: saga.data.orderId, reason: saga.data.cancellationReason ?? 'order cancelled' })),
    }),
    on(StockReservationFailedContract, {
      key: byOrder,
      in: ['reserving_stock'],
      then: (saga, { payload }) => cancel(saga, reasonOfShortages(payload.shortages), { tellOrdering: true }),
    }),
    on(InvoiceIssuedContract, {
      key: ({ payload }) => payload.sourceReference ?? `invoice:${payload.invoiceId}`,
      in: ['invoicing'],
      then: (saga, { payload }) => {
        saga.associate(`invoice:${payload.invoiceId}`);
        saga.set({ invoiceId: payload.invoiceId });
        saga.completed('invoice');
        saga.send(
          new ChargeInvoiceMessage({
            invoiceId: payload.invoiceId,
            paymentMethodId: saga.data.paymentMethodId,
            idempotencyKey: `order:${saga.data.orderId}:charge`,
          }),
        );
        saga.moveTo('awaiting_payment');
      },
    }),
    // Cancelled before the invoice was issued: nobody is to pay it.
    on(InvoiceIssuedContract, {
      key: ({ payload }) => payload.sourceReference ?? `invoice:${payload.invoiceId}`,
      in: ['cancelled'],
      then: (saga, { payload }) =>
        saga.send(new VoidInvoiceMessage({ invoiceId: payload.invoiceId, reason: saga.data.cancellationReason ?? 'order cancelled' })),
    }),
    on(PaymentSucceededContract, {
      key: byInvoice,
      in: ['awaiting_payment'],
      then: (saga, { payload }) => {
        const { orderId } = saga.data;
        saga.set({ paymentId: payload.paymentId });
        // A paid invoice is no longer voided: its undo is now the refund.
        saga.forget('invoice');
        saga.completed('payment');
        saga.send(
          new RecordOrderPaymentMessage({ orderId, paymentState: 'captured', detail: null }),
          new ConfirmReservationMessage({ orderId }),
        );
        saga.moveTo('confirming_reservation');
      },
    }),
    // Paid after the saga gave up (timeout, cancellation, expiry): the money goes back.
    on(PaymentSucceededContract, {
      key: byInvoice,
      in: ['cancelled'],
      then: (saga, { payload }) => {
        const reason = saga.data.cancellationReason ?? 'order cancelled';
        saga.set({ paymentId: payload.paymentId });
        saga.send(
          new RefundInvoiceMessage({ invoiceId: payload.invoiceId, reason }),
          new RecordOrderPaymentMessage({ orderId: saga.data.orderId, paymentState: 'refunded', detail: reason }),
        );
      },
    }),
    on(PaymentFailedContract, {
      key: byInvoice,
      in: ['awaiting_payment'],
      then: (saga, { payload }) => {
        const { orderId } = saga.data;
        const reason = `payment failed: ${payload.reason}`;
        saga.send(new RecordOrderPaymentMessage({ orderId, paymentState: 'failed', detail: payload.reason }));
        saga.forget('invoice');
        saga.send(new VoidInvoiceMessage({ invoiceId: payload.invoiceId, reason }));
        cancel(saga, reason, { tellOrdering: true });
      },
    }),
    on(ReservationConfirmedContract, {
      key: byOrder,
      in: ['confirming_reservation'],
      then: (saga) => {
        const { orderId, paymentId } = saga.data;
        saga.send(new ConfirmOrderMessage({ orderId, paymentId: paymentId! }), new ReleaseShipmentMessage({ orderId }));
        saga.moveTo('awaiting_shipment');
      },
    }),
    // The reservation's expiry won the race with the payment (or its confirmation): the stock is no longer held.
    on(ReservationExpiredContract, {
      key: byOrder,
      in: ['invoicing', 'awaiting_payment', 'confirming_reservation'],
      then: (saga) => {
        saga.forget('stock');
        cancel(saga, 'stock reservation expired before the payment was captured', { tellOrdering: true });
      },
    }),
    on(ShipmentShippedContract, {
      key: byOrder,
      in: ['awaiting_shipment'],
      then: (saga, { payload }) => {
        const { orderId } = saga.data;
        // The goods have left: nothing is undone any more.
        for (const step of saga.completedSteps) saga.forget(step);
        saga.send(
          new IssueReservationMessage({ orderId }),
          new MarkOrderShippedMessage({ orderId, carrier: payload.carrier, trackingNumber: payload.trackingNumber }),
        );
        saga.moveTo('awaiting_delivery');
      },
    }),
    on(ShipmentDeliveredContract, {
      key: byOrder,
      in: ['awaiting_delivery'],
      // Staff may deliver right after shipping: the delivery can overtake the shipment on its way here, so it waits.
      early: ['awaiting_shipment'],
      then: (saga) => {
        saga.send(new MarkOrderDeliveredMessage({ orderId: saga.data.orderId }));
        saga.moveTo('delivered');
      },
    }),
    // Staff released the held stock in the warehouse: the order can no longer be served from it.
    on(StockReleasedContract, {
      key: byOrder,
      in: ['invoicing', 'awaiting_payment', 'confirming_reservation', 'awaiting_shipment'],
      then: (saga) => {
        saga.forget('stock');
        cancel(saga, 'stock reservation released in the warehouse', { tellOrdering: true });
      },
    }),
    // The release the saga's own compensation asked for: already accounted for.
    on(StockReleasedContract, { key: byOrder, in: ['cancelled'], then: () => undefined }),
    // The customer (or staff) cancelled the order in Ordering: undo what was done; Shipping cancels the shipment itself.
    on(OrderCancelledContract, {
      key: byOrder,
      in: CANCELLABLE,
      // A placed order cancelled at once: its cancellation can overtake its placement, so it waits for the saga.
      beforeStart: (event) => event.payload.wasPlaced,
      then: (saga, { payload }) => cancel(saga, payload.reason, { tellOrdering: false }),
    }),
  ],
  timeouts: {
    reserving_stock: { afterMs: stepTimeout, then: (saga) => cancel(saga, 'stock not reserved in time', { tellOrdering: true }) },
    invoicing: { afterMs: stepTimeout, then: (saga) => cancel(saga, 'order not invoiced in time', { tellOrdering: true }) },
    confirming_reservation: {
      afterMs: stepTimeout,
      then: (saga) => cancel(saga, 'stock reservation not confirmed in time', { tellOrdering: true }),
    },
    awaiting_payment: {
      afterMs: (_data, config) => config.FULFILLMENT_PAYMENT_TIMEOUT_MINUTES * 60_000,
      then: (saga) => cancel(saga, 'payment not confirmed in time', { tellOrdering: true }),
    },
  },
  compensations: {
    stock: (data) => [new ReleaseReservationMessage({ orderId: data.orderId, reason: data.cancellationReason ?? 'order cancelled' })],
    invoice: (data) =>
      data.invoiceId ? [new VoidInvoiceMessage({ invoiceId: data.invoiceId, reason: data.cancellationReason ?? 'order cancelled' })] : [],
    payment: (data) =>
      data.invoiceId ? [new RefundInvoiceMessage({ invoiceId: data.invoiceId, reason: data.cancellationReason ?? 'order cancelled' })] : [],
  },
});
