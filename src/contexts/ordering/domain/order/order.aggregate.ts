import { AggregateRoot, Currency, Money, newId } from '@promenade/ddd';
import { OrderCancelled } from '../events/order-cancelled.event';
import { OrderDelivered } from '../events/order-delivered.event';
import { OrderPlaced } from '../events/order-placed.event';
import { OrderLine } from './order-line';
import { OrderShipment } from './order-shipment';
import { OrderStatus } from './order-status';
import { OrderTimelineEntry, OrderTimelineType } from './order-timeline';
import {
  OrderCancellationReasonRequired,
  OrderEmpty,
  OrderLineCurrencyMismatch,
  OrderLineDuplicate,
  OrderLineNotFound,
  OrderNotCancellable,
  OrderNotConfirmable,
  OrderNotDeliverable,
  OrderNotDraft,
  OrderNotShippable,
  OrderPaymentMethodRequired,
  OrderPaymentStateConflict,
  OrderShipmentInvalid,
} from './order.errors';
import { canMovePayment, PaymentState, ReportedPaymentState } from './payment-state';

export interface OrderState {
  id: string;
  version: number;
  /** The Identity user who owns the order (not a CRM customer id). */
  customerId: string;
  currency: Currency;
  lines: OrderLine[];
  status: OrderStatus;
  /** Billing's payment method chosen when placing; null while a draft. */
  paymentMethodId: string | null;
  paymentState: PaymentState;
  shipment: OrderShipment | null;
  cancellationReason: string | null;
  placedAt: Date | null;
  confirmedAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  /** Oldest first; every transition and payment report adds one entry. */
  timeline: OrderTimelineEntry[];
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Where the order may still be cancelled: once it has left the warehouse, it is the carrier's. */
const CANCELLABLE: readonly OrderStatus[] = ['draft', 'placed', 'confirmed'];

/** Payment reports as the timeline names them. */
const PAYMENT_ENTRY: Readonly<Record<ReportedPaymentState, OrderTimelineType>> = {
  captured: 'payment-captured',
  failed: 'payment-failed',
  voided: 'payment-voided',
  refunded: 'payment-refunded',
};

/**
 * A customer's order. Lines change only while it is a draft, all in the order's currency. It is placed with at
 * least one line and the payment method to charge, then confirmed (paid, stock held), shipped and delivered;
 * until it is shipped it can be cancelled with a reason. Billing's reports move its payment state on their own
 * track. Every step is kept in its timeline.
 */
export class Order extends AggregateRoot<OrderState> {
  private constructor(state: OrderState) {
    super(state);
  }

  static create(customerId: string, currency: Currency, lines: OrderLine[] = [], now = new Date()): Order {
    const order = new Order({
      id: newId(),
      version: 0,
      customerId,
      currency,
      lines: [],
      status: 'draft',
      paymentMethodId: null,
      paymentState: 'none',
      shipment: null,
      cancellationReason: null,
      placedAt: null,
      confirmedAt: null,
      shippedAt: null,
      deliveredAt: null,
      cancelledAt: null,
      timeline: [],
      createdAt: now,
      updatedAt: now,
    });
    for (const line of lines) order.addLine(line);
    return order;
  }

  /** Rebuilds a stored order; no rule is re-run and no event raised. */
  static restore(state: OrderState): Order {
    return new Order(state);
  }

  get customerId(): string {
    return this.state.customerId;
  }

  get currency(): Currency {
    return this.state.currency;
  }

  get lines(): readonly OrderLine[] {
    return this.state.lines;
  }

  get status(): OrderStatus {
    return this.state.status;
  }

  get paymentMethodId(): string | null {
    return this.state.paymentMethodId;
  }

  get paymentState(): PaymentState {
    return this.state.paymentState;
  }

  get shipment(): OrderShipment | null {
    return this.state.shipment;
  }

  get cancellationReason(): string | null {
    return this.state.cancellationReason;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get placedAt(): Date | null {
    return this.state.placedAt;
  }

  get confirmedAt(): Date | null {
    return this.state.confirmedAt;
  }

  get shippedAt(): Date | null {
    return this.state.shippedAt;
  }

  get deliveredAt(): Date | null {
    return this.state.deliveredAt;
  }

  get cancelledAt(): Date | null {
    return this.state.cancelledAt;
  }

  get timeline(): readonly OrderTimelineEntry[] {
    return this.state.timeline;
  }

  get total(): Money {
    return this.state.lines.reduce((sum, line) => sum.add(line.total), Money.zero(this.state.currency));
  }

  addLine(line: OrderLine): void {
    this.assertDraft('lines change');
    if (!line.unitPrice.currency.equals(this.state.currency)) {
      throw new OrderLineCurrencyMismatch(line.sku, line.unitPrice.currency.code, this.state.currency.code);
    }
    if (this.state.lines.some((existing) => existing.sku === line.sku)) throw new OrderLineDuplicate(line.sku);
    this.state.lines = [...this.state.lines, line];
  }

  removeLine(sku: string): void {
    this.assertDraft('lines change');
    if (!this.state.lines.some((line) => line.sku === sku)) throw new OrderLineNotFound(this.id, sku);
    this.state.lines = this.state.lines.filter((line) => line.sku !== sku);
  }

  /** Fixes the lines and the payment method; the payment is pending until Billing reports on it. */
  place(paymentMethodId: string, now = new Date()): void {
    this.assertDraft('it can be placed');
    if (this.state.lines.length === 0) throw new OrderEmpty(this.id);
    const method = paymentMethodId.trim();
    if (method === '') throw new OrderPaymentMethodRequired();
    this.state = { ...this.state, status: 'placed', placedAt: now, paymentMethodId: method, paymentState: 'pending' };
    this.record(now, 'placed', `payment method ${method}`);
    this.apply(
      new OrderPlaced({
        orderId: this.id,
        customerId: this.state.customerId,
        currency: this.state.currency.code,
        lines: this.state.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice.amount })),
        total: this.total.amount,
        paymentMethodId: method,
      }),
    );
  }

  /**
   * The order is paid for and its stock held. The capture may be reported after this (reports travel on their
   * own), so a pending payment does not stop it; a payment known to have failed or been given back does.
   */
  confirm(paymentId: string, now = new Date()): void {
    if (this.state.status !== 'placed') throw new OrderNotConfirmable(this.id, `it is ${this.state.status}, not placed`);
    if (this.state.paymentState !== 'pending' && this.state.paymentState !== 'captured') {
      throw new OrderNotConfirmable(this.id, `its payment is ${this.state.paymentState}`);
    }
    this.state = { ...this.state, status: 'confirmed', confirmedAt: now };
    this.record(now, 'confirmed', `payment ${paymentId}`);
  }

  markShipped(carrier: string, trackingNumber: string, now = new Date()): void {
    if (this.state.status !== 'confirmed') throw new OrderNotShippable(this.id, this.state.status, this.state.status === 'placed');
    const shipment = { carrier: carrier.trim(), trackingNumber: trackingNumber.trim() };
    if (shipment.carrier === '' || shipment.trackingNumber === '') throw new OrderShipmentInvalid();
    this.state = { ...this.state, status: 'shipped', shippedAt: now, shipment };
    this.record(now, 'shipped', `${shipment.carrier}, tracking number ${shipment.trackingNumber}`);
  }

  markDelivered(now = new Date()): void {
    if (this.state.status !== 'shipped') {
      throw new OrderNotDeliverable(this.id, this.state.status, this.state.status === 'placed' || this.state.status === 'confirmed');
    }
    this.state = { ...this.state, status: 'delivered', deliveredAt: now };
    this.record(now, 'delivered', null);
    this.apply(
      new OrderDelivered({
        orderId: this.id,
        customerId: this.state.customerId,
        currency: this.state.currency.code,
        total: this.total.amount,
        deliveredAt: now.toISOString(),
      }),
    );
  }

  /** Billing's word on the payment; independent of the status, since money moves on after a cancellation too. */
  recordPayment(state: ReportedPaymentState, detail: string | null, now = new Date()): void {
    if (!canMovePayment(this.state.paymentState, state)) {
      // A refund reported before its capture: the capture's report is on its way.
      const tooEarly = state === 'refunded' && this.state.paymentState === 'pending';
      throw new OrderPaymentStateConflict(this.id, this.state.paymentState, state, tooEarly);
    }
    this.state = { ...this.state, paymentState: state };
    this.record(now, PAYMENT_ENTRY[state], detail?.trim() || null);
  }

  cancel(reason: string, now = new Date()): void {
    if (!CANCELLABLE.includes(this.state.status)) throw new OrderNotCancellable(this.id, this.state.status);
    const trimmed = reason.trim();
    if (trimmed === '') throw new OrderCancellationReasonRequired();
    const wasPlaced = this.state.status !== 'draft';
    this.state = { ...this.state, status: 'cancelled', cancellationReason: trimmed, cancelledAt: now };
    this.record(now, 'cancelled', trimmed);
    this.apply(new OrderCancelled({ orderId: this.id, reason: trimmed, wasPlaced }));
  }

  private record(at: Date, type: OrderTimelineType, detail: string | null): void {
    this.state.timeline = [...this.state.timeline, { at, type, detail }];
  }

  private assertDraft(action: string): void {
    if (this.state.status !== 'draft') throw new OrderNotDraft(this.id, this.state.status, action);
  }
}
