import { Query } from '@nestjs/cqrs';
import { Shipment } from '../../domain/shipment/shipment.aggregate';

export class GetShipment extends Query<Shipment> {
  constructor(readonly shipmentId: string) {
    super();
  }
}
