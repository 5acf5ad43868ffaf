import { domainError } from '@promenade/ddd';

export class WarehouseNotFound extends domainError('WAREHOUSE_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`warehouse ${id} does not exist`);
  }
}
