import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { SHIPMENT_REPOSITORY, ShipmentRepository } from '../../domain/shipment/shipment.repository';
import { CancelShipmentForOrder } from './cancel-shipment-for-order.command';

@CommandHandler(CancelShipmentForOrder)
export class CancelShipmentForOrderHandler implements ICommandHandler<CancelShipmentForOrder, void> {
  private readonly logger = new Logger(CancelShipmentForOrderHandler.name);

  constructor(@Inject(SHIPMENT_REPOSITORY) private readonly shipments: ShipmentRepository) {}

  async execute({ orderId }: CancelShipmentForOrder): Promise<void> {
    const shipment = await this.shipments.findByOrderId(orderId);
    // Handled before OrderPlaced (queues run handlers concurrently): record the cancellation first.
    if (!shipment) return this.shipments.save(Shipment.cancelledFor(orderId));
    if (shipment.status === 'cancelled') return; // a replay

    if (!shipment.isCancellable) {
      this.logger.warn(`order ${orderId} was cancelled but shipment ${shipment.id} is already ${shipment.status}; left as is`);
      return;
    }
    shipment.cancel();
    await this.shipments.save(shipment);
  }
}
