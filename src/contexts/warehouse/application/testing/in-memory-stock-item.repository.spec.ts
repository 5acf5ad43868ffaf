import { openedInMemory } from '@promenade/ddd';
import { describeStockItemRepositoryContract } from './stock-item-repository.contract';
import { InMemoryStockItemRepository } from './in-memory-stock-item.repository';

describe('InMemoryStockItemRepository', () => {
  describeStockItemRepositoryContract(async () => openedInMemory(new InMemoryStockItemRepository()));
});
