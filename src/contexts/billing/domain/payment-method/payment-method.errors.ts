import { domainError } from '@promenade/ddd';

export class PaymentMethodNotFound extends domainError('PAYMENT_METHOD_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`payment method ${id} does not exist`);
  }
}
