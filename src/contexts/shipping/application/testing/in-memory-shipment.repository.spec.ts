import { InMemoryShipmentRepository } from './in-memory-shipment.repository';
import { describeShipmentRepositoryContract } from './shipment-repository.contract';

describe('InMemoryShipmentRepository', () => {
  describeShipmentRepositoryContract(async () => {
    const repository = new InMemoryShipmentRepository();
    return { repository, released: () => repository.published };
  });
});
