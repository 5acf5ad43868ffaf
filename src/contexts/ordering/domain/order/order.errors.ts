import { domainError } from '@promenade/ddd';
import { OrderStatus } from './order-status';
import { PaymentState } from './payment-state';

export class OrderNotFound extends domainError('ORDER_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`order ${id} does not exist`);
  }
}

export class OrderNotDraft extends domainError('ORDER_NOT_DRAFT', 'conflict') {
  constructor(id: string, status: OrderStatus, action: string) {
    super(`order ${id} is ${status}; ${action} only while it is a draft`);
  }
}

export class OrderEmpty extends domainError('ORDER_EMPTY', 'conflict') {
  constructor(id: string) {
    super(`order ${id} has no lines; add at least one before placing it`);
  }
}

export class OrderNotCancellable extends domainError('ORDER_NOT_CANCELLABLE', 'conflict') {
  constructor(id: string, status: OrderStatus) {
    super(`order ${id} is ${status}; only a draft, placed or confirmed order can be cancelled`);
  }
}

export class OrderPaymentMethodRequired extends domainError('ORDER_PAYMENT_METHOD_REQUIRED', 'invalid') {
  constructor() {
    super('placing an order needs the payment method to charge');
  }
}

export class OrderNotConfirmable extends domainError('ORDER_NOT_CONFIRMABLE', 'conflict') {
  constructor(id: string, why: string) {
    super(`order ${id} cannot be confirmed: ${why}`);
  }
}

/**
 * A refusal of a step the order has not reached yet (shipped before it is confirmed, delivered before it is shipped,
 * refunded before the capture is known): the request that comes first is on its way, so a message refused this way
 * is tried again rather than left aside. Any other refusal means the order moved on for good.
 */
export const isTooEarly = (error: unknown): boolean =>
  (error instanceof OrderNotShippable || error instanceof OrderNotDeliverable || error instanceof OrderPaymentStateConflict) &&
  error.tooEarly;

export class OrderNotShippable extends domainError('ORDER_NOT_SHIPPABLE', 'conflict') {
  constructor(
    id: string,
    status: OrderStatus,
    readonly tooEarly = false,
  ) {
    super(`order ${id} is ${status}; only a confirmed order can be marked shipped`);
  }
}

export class OrderShipmentInvalid extends domainError('ORDER_SHIPMENT_INVALID', 'invalid') {
  constructor() {
    super('a shipped order needs a carrier and a tracking number');
  }
}

export class OrderNotDeliverable extends domainError('ORDER_NOT_DELIVERABLE', 'conflict') {
  constructor(
    id: string,
    status: OrderStatus,
    readonly tooEarly = false,
  ) {
    super(`order ${id} is ${status}; only a shipped order can be marked delivered`);
  }
}

export class OrderPaymentStateConflict extends domainError('ORDER_PAYMENT_STATE_CONFLICT', 'conflict') {
  constructor(
    id: string,
    from: PaymentState,
    to: PaymentState,
    readonly tooEarly = false,
  ) {
    super(`the payment of order ${id} is ${from}; it cannot become ${to}`);
  }
}

export class OrderCancellationReasonRequired extends domainError('ORDER_CANCELLATION_REASON_REQUIRED', 'invalid') {
  constructor() {
    super('cancelling an order needs a non-empty reason');
  }
}

export class OrderLineCurrencyMismatch extends domainError('ORDER_LINE_CURRENCY_MISMATCH', 'invalid') {
  constructor(sku: string, lineCurrency: string, orderCurrency: string) {
    super(`line ${sku} is priced in ${lineCurrency} but the order is in ${orderCurrency}`);
  }
}

export class OrderLineInvalid extends domainError('ORDER_LINE_INVALID', 'invalid') {}

export class OrderLineDuplicate extends domainError('ORDER_LINE_DUPLICATE', 'conflict') {
  constructor(sku: string) {
    super(`the order already has a line for ${sku}; remove it first to change it`);
  }
}

export class OrderLineNotFound extends domainError('ORDER_LINE_NOT_FOUND', 'not_found') {
  constructor(orderId: string, sku: string) {
    super(`order ${orderId} has no line for ${sku}`);
  }
}

/** Reference withdrew the currency: new orders may not use it (drafts opened before keep theirs). */
export class CurrencyUnavailable extends domainError('CURRENCY_UNAVAILABLE', 'invalid') {
  constructor(currency: string) {
    super(`${currency} is not accepted for new orders`);
  }
}
