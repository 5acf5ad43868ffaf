import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemFilter } from '../../domain/stock-item/stock-item.repository';

/** Stock items by SKU then warehouse: the filter's SKU and warehouse code normalised. */
export class ListStock extends Query<Page<StockItem>> {
  constructor(
    readonly filter: StockItemFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
