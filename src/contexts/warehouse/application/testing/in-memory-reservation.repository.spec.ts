import { openedInMemory } from '@promenade/ddd';
import { describeReservationRepositoryContract } from './reservation-repository.contract';
import { InMemoryReservationRepository } from './in-memory-reservation.repository';

describe('InMemoryReservationRepository', () => {
  describeReservationRepositoryContract(async () => openedInMemory(new InMemoryReservationRepository()));
});
