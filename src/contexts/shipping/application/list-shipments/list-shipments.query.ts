import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { ShipmentFilter } from '../../domain/shipment/shipment.repository';

export class ListShipments extends Query<Page<Shipment>> {
  constructor(
    readonly filter: ShipmentFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
