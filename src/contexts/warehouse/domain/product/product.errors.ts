import { domainError } from '@promenade/ddd';

export class ProductNotFound extends domainError('PRODUCT_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`product ${id} does not exist`);
  }
}
