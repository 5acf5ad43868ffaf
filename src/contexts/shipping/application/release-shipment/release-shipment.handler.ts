import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { ReleaseShipment } from './release-shipment.command';

@CommandHandler(ReleaseShipment)
export class ReleaseShipmentHandler implements ICommandHandler<ReleaseShipment, void> {
  private readonly logger = new Logger(ReleaseShipmentHandler.name);

  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  async execute({ orderId }: ReleaseShipment): Promise<void> {
    const shipment = await this.shipments.findByOrderId(orderId);
    // Handled before OrderPlaced (queues run handlers concurrently): record the shipment released, and the late
    // OrderPlaced finds it. Retrying until OrderPlaced is handled would spend attempts, and could dead-letter a release.
    if (!shipment) return this.shipments.save(Shipment.releasedFor(orderId));
    if (shipment.status === 'cancelled') {
      this.logger.warn(`order ${orderId} released its shipment, but shipment ${shipment.id} is cancelled; left as is`);
      return;
    }
    if (!shipment.release()) {
      this.logger.log(`shipment ${shipment.id} of order ${orderId} is ${shipment.status}, released already`);
      return;
    }
    await this.shipments.save(shipment);
  }
}
