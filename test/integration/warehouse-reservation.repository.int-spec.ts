import { describeReservationRepositoryContract } from '../../src/contexts/warehouse/application/testing/reservation-repository.contract';
import { ReservationModel } from '../../src/contexts/warehouse/infrastructure/persistence/reservation.model';
import { ReservationTypeOrmRepository } from '../../src/contexts/warehouse/infrastructure/persistence/reservation.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Reservation repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('ReservationTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([ReservationModel]);
  });
  afterAll(() => database?.close());

  describeReservationRepositoryContract(() => database.emptied(new ReservationTypeOrmRepository(database.uow), ['warehouse.reservations']));
});
