import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { ShipShipment } from './ship-shipment.command';

@CommandHandler(ShipShipment)
export class ShipShipmentHandler implements ICommandHandler<ShipShipment, void> {
  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  async execute({ shipmentId, carrier, trackingNumber }: ShipShipment): Promise<void> {
    const shipment = await this.shipments.getById(shipmentId);
    shipment.ship(carrier, trackingNumber);
    await this.shipments.save(shipment);
  }
}
