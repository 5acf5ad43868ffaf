import { openedInMemory } from '@promenade/ddd';
import { describeStockItemRepositoryContract } from './stock-item-repository.contract';
import { InMemoryStockItemRepository } from './in-memory-stock-item.repository';

describe('InMemoryStockItemRepository', () => {
  let stockItems: InMemoryStockItemRepository;
  describeStockItemRepositoryContract({
    open: async () => openedInMemory((stockItems = new InMemoryStockItemRepository())),
    inTransaction: (work) => work(),
    warehouses: async (_active, inactive) => inactive.forEach((code) => stockItems.inactiveWarehouses.add(code)),
  });
});
