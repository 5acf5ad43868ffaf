import { domainError } from '@promenade/ddd';

export class PaymentNotFound extends domainError('PAYMENT_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`payment ${id} does not exist`);
  }
}
