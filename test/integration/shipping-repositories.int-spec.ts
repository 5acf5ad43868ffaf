import { describeShipmentRepositoryContract } from '../../src/contexts/shipping/application/testing/shipment-repository.contract';
import { ShipmentModel } from '../../src/contexts/shipping/infrastructure/persistence/shipment.model';
import { ShipmentTypeOrmRepository } from '../../src/contexts/shipping/infrastructure/persistence/shipment.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** Shipping's repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('Shipping repositories on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([ShipmentModel]);
  });
  afterAll(() => database?.close());

  describe('ShipmentTypeOrmRepository', () => {
    describeShipmentRepositoryContract(() => database.emptied(new ShipmentTypeOrmRepository(database.uow), ['shipping.shipments']));
  });
});
