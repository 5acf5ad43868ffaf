import { AggregateRoot, Currency, Money, newId } from '@promenade/ddd';
import { OrderCancelled } from '../events/order-cancelled.event';
import { OrderPlaced } from '../events/order-placed.event';
import { OrderLine } from './order-line';
import { OrderStatus } from './order-status';
import {
  OrderCancellationReasonRequired,
  OrderEmpty,
  OrderLineCurrencyMismatch,
  OrderLineDuplicate,
  OrderLineNotFound,
  OrderNotCancellable,
  OrderNotDraft,
} from './order.errors';

export interface OrderState {
  id: string;
  version: number;
  customerId: string;
  currency: Currency;
  lines: OrderLine[];
  status: OrderStatus;
  cancellationReason: string | null;
  placedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/**
 * A customer's order. Lines change only while it is a draft, all in the order's currency; it is
 * placed with at least one line, and a draft or placed order can be cancelled with a reason.
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
      cancellationReason: null,
      placedAt: null,
      cancelledAt: null,
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

  get cancelledAt(): Date | null {
    return this.state.cancelledAt;
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

  place(now = new Date()): void {
    this.assertDraft('it can be placed');
    if (this.state.lines.length === 0) throw new OrderEmpty(this.id);
    this.state = { ...this.state, status: 'placed', placedAt: now };
    this.apply(
      new OrderPlaced({
        orderId: this.id,
        customerId: this.state.customerId,
        currency: this.state.currency.code,
        lines: this.state.lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice.amount })),
        total: this.total.amount,
      }),
    );
  }

  cancel(reason: string, now = new Date()): void {
    if (this.state.status !== 'draft' && this.state.status !== 'placed') throw new OrderNotCancellable(this.id, this.state.status);
    const trimmed = reason.trim();
    if (trimmed === '') throw new OrderCancellationReasonRequired();
    const wasPlaced = this.state.status === 'placed';
    this.state = { ...this.state, status: 'cancelled', cancellationReason: trimmed, cancelledAt: now };
    this.apply(new OrderCancelled({ orderId: this.id, reason: trimmed, wasPlaced }));
  }

  private assertDraft(action: string): void {
    if (this.state.status !== 'draft') throw new OrderNotDraft(this.id, this.state.status, action);
  }
}
