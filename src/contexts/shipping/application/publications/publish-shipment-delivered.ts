import { Publication, Publishes } from '@promenade/messaging';
import { ShipmentDeliveredContract, ShipmentDeliveredContractPayload } from '../../contracts';
import { ShipmentDelivered } from '../../domain/events/shipment-delivered.event';

/** What other contexts learn of ShipmentDelivered: field by field, so a field added inside the context stays inside. */
@Publishes(ShipmentDelivered, ShipmentDeliveredContract)
export class PublishShipmentDelivered implements Publication<ShipmentDelivered, ShipmentDeliveredContract> {
  toContract({ payload }: ShipmentDelivered): ShipmentDeliveredContractPayload {
    return {
      shipmentId: payload.shipmentId,
      orderId: payload.orderId,
      deliveredAt: payload.deliveredAt,
    };
  }
}
