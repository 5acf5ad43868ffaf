import { openedInMemory } from '@promenade/ddd';
import { describeWarehouseRepositoryContract } from './warehouse-repository.contract';
import { InMemoryWarehouseRepository } from './in-memory-warehouse.repository';

describe('InMemoryWarehouseRepository', () => {
  describeWarehouseRepositoryContract(async () => openedInMemory(new InMemoryWarehouseRepository()));
});
