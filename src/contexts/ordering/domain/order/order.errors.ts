import { domainError } from '@promenade/ddd';
import { OrderStatus } from './order-status';

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
    super(`order ${id} is ${status}; only a draft or placed order can be cancelled`);
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
