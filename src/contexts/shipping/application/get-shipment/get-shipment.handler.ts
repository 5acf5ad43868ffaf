import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { GetShipment } from './get-shipment.query';

@QueryHandler(GetShipment)
export class GetShipmentHandler implements IQueryHandler<GetShipment, Shipment> {
  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  execute({ shipmentId }: GetShipment): Promise<Shipment> {
    return this.shipments.getById(shipmentId);
  }
}
