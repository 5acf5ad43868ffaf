import { openedInMemory } from '@promenade/ddd';
import { describeOrderRepositoryContract } from './order-repository.contract';
import { InMemoryOrderRepository } from './in-memory-order.repository';

describe('InMemoryOrderRepository', () => {
  describeOrderRepositoryContract(async () => openedInMemory(new InMemoryOrderRepository()));
});
