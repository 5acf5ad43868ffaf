import { openedInMemory } from '@promenade/ddd';
import { describeProductRepositoryContract } from './product-repository.contract';
import { InMemoryProductRepository } from './in-memory-product.repository';

describe('InMemoryProductRepository', () => {
  describeProductRepositoryContract(async () => openedInMemory(new InMemoryProductRepository()));
});
