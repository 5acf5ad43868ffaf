import { DomainError } from '@promenade/ddd';
import { OrderStatus } from './order-status';

export class OrderNotFound extends DomainError {
  readonly code = 'ORDER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`order ${id} does not exist`);
  }
}

export class OrderNotDraft extends DomainError {
  readonly code = 'ORDER_NOT_DRAFT';
  readonly kind = 'conflict';
  constructor(id: string, status: OrderStatus, action: string) {
    super(`order ${id} is ${status}; ${action} only while it is a draft`);
  }
}

export class OrderEmpty extends DomainError {
  readonly code = 'ORDER_EMPTY';
  readonly kind = 'conflict';
  constructor(id: string) {
    super(`order ${id} has no lines; add at least one before placing it`);
  }
}

export class OrderNotCancellable extends DomainError {
  readonly code = 'ORDER_NOT_CANCELLABLE';
  readonly kind = 'conflict';
  constructor(id: string, status: OrderStatus) {
    super(`order ${id} is ${status}; only a draft or placed order can be cancelled`);
  }
}

export class OrderCancellationReasonRequired extends DomainError {
  readonly code = 'ORDER_CANCELLATION_REASON_REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('cancelling an order needs a non-empty reason');
  }
}

export class OrderLineCurrencyMismatch extends DomainError {
  readonly code = 'ORDER_LINE_CURRENCY_MISMATCH';
  readonly kind = 'invalid';
  constructor(sku: string, lineCurrency: string, orderCurrency: string) {
    super(`line ${sku} is priced in ${lineCurrency} but the order is in ${orderCurrency}`);
  }
}

export class OrderLineInvalid extends DomainError {
  readonly code = 'ORDER_LINE_INVALID';
  readonly kind = 'invalid';
}

export class OrderLineDuplicate extends DomainError {
  readonly code = 'ORDER_LINE_DUPLICATE';
  readonly kind = 'conflict';
  constructor(sku: string) {
    super(`the order already has a line for ${sku}; remove it first to change it`);
  }
}

export class OrderLineNotFound extends DomainError {
  readonly code = 'ORDER_LINE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(orderId: string, sku: string) {
    super(`order ${orderId} has no line for ${sku}`);
  }
}

/** Reference withdrew the currency: new orders may not use it (drafts opened before keep theirs). */
export class CurrencyUnavailable extends DomainError {
  readonly code = 'CURRENCY_UNAVAILABLE';
  readonly kind = 'invalid';
  constructor(currency: string) {
    super(`${currency} is not accepted for new orders`);
  }
}
