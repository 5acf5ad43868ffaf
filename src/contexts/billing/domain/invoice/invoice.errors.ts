import { domainError } from '@promenade/ddd';

export class InvoiceNotFound extends domainError('INVOICE_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`invoice ${id} does not exist`);
  }
}
