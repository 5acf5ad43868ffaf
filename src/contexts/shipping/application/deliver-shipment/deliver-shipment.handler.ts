import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { DeliverShipment } from './deliver-shipment.command';

@CommandHandler(DeliverShipment)
export class DeliverShipmentHandler implements ICommandHandler<DeliverShipment, void> {
  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  async execute({ shipmentId }: DeliverShipment): Promise<void> {
    const shipment = await this.shipments.getById(shipmentId);
    shipment.deliver();
    await this.shipments.save(shipment);
  }
}
