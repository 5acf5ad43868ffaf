import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { StockMovementFilter } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';

/** The ledger, newest first: the filter's SKU and warehouse code normalised. */
export class ListMovements extends Query<Page<StockMovement>> {
  constructor(
    readonly filter: StockMovementFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
