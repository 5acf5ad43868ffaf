import { InMemoryAggregateRepository } from '@promenade/ddd';
import { StockItem, StockItemState } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemNotFound } from '../../domain/stock-item/stock-item.errors';
import { StockItemRepository } from '../../domain/stock-item/stock-item.repository';

/** A unit-test stand-in for the stock item store: the port's queries over the shared in-memory repository. */
export class InMemoryStockItemRepository extends InMemoryAggregateRepository<StockItem, StockItemState> implements StockItemRepository {
  constructor() {
    super(StockItem.restore);
  }

  async getById(id: string): Promise<StockItem> {
    const stored = this.stored(id);
    if (!stored) throw new StockItemNotFound(id);
    return stored;
  }
}
