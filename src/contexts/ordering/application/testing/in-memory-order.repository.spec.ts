import { describeOrderRepositoryContract } from './order-repository.contract';
import { InMemoryOrderRepository } from './in-memory-order.repository';

describe('InMemoryOrderRepository', () => {
  describeOrderRepositoryContract(async () => {
    const repository = new InMemoryOrderRepository();
    return { repository, released: () => repository.published };
  });
});
