import { domainError } from '@promenade/ddd';

export class PaymentMethodNotFound extends domainError('PAYMENT_METHOD_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`payment method ${id} does not exist`);
  }
}

export class PaymentMethodInvalid extends domainError('PAYMENT_METHOD_INVALID', 'invalid') {}

/** A method saved with another provider than the one configured now: its token means nothing to this one. */
export class PaymentMethodUnusable extends domainError('PAYMENT_METHOD_UNUSABLE', 'invalid') {
  constructor(id: string, provider: string, configured: string) {
    super(`payment method ${id} belongs to the ${provider} provider; payments go through ${configured}`);
  }
}
