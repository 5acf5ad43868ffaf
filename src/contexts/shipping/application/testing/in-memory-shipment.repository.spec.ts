import { openedInMemory } from '@promenade/ddd';
import { InMemoryShipmentRepository } from './in-memory-shipment.repository';
import { describeShipmentRepositoryContract } from './shipment-repository.contract';

describe('InMemoryShipmentRepository', () => {
  describeShipmentRepositoryContract(async () => openedInMemory(new InMemoryShipmentRepository()));
});
