import { Publication, Publishes } from '@promenade/messaging';
import { ShipmentShippedContract, ShipmentShippedContractPayload } from '../../contracts';
import { ShipmentShipped } from '../../domain/events/shipment-shipped.event';

/** What other contexts learn of ShipmentShipped: field by field, so a field added inside the context stays inside. */
@Publishes(ShipmentShipped, ShipmentShippedContract)
export class PublishShipmentShipped implements Publication<ShipmentShipped, ShipmentShippedContract> {
  toContract({ payload }: ShipmentShipped): ShipmentShippedContractPayload {
    return {
      shipmentId: payload.shipmentId,
      orderId: payload.orderId,
      carrier: payload.carrier,
      trackingNumber: payload.trackingNumber,
    };
  }
}
