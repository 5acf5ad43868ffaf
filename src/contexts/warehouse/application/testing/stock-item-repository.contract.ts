import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { StockItem, StockItemState } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemNotFound } from '../../domain/stock-item/stock-item.errors';
import { StockItemRepository } from '../../domain/stock-item/stock-item.repository';

/** What every StockItemRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeStockItemRepositoryContract(open: () => Promise<OpenedRepository<StockItemRepository>>): void {
  const { current } = describeAggregateRepositoryContract<StockItem, StockItemState, StockItemRepository>({
    open,
    create: () => StockItem.create(),
    restore: StockItem.restore,
    load: (stockItems, id) => stockItems.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers StockItemNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(StockItemNotFound);
  });
}
