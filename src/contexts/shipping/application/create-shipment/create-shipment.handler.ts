import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { CreateShipment } from './create-shipment.command';

@CommandHandler(CreateShipment)
export class CreateShipmentHandler implements ICommandHandler<CreateShipment, void> {
  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  async execute({ orderId }: CreateShipment): Promise<void> {
    // Events arrive at least once: a replay finds the shipment and stops (a unique index guards races).
    if (await this.shipments.findByOrderId(orderId)) return;
    await this.shipments.save(Shipment.createFor(orderId));
  }
}
