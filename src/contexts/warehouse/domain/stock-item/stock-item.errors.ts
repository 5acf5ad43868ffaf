import { domainError } from '@promenade/ddd';

export class StockItemNotFound extends domainError('STOCK_ITEM_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`stock item ${id} does not exist`);
  }
}
