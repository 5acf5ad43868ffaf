import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ShipmentDeliveredContractPayload {
  shipmentId: string;
  orderId: string;
  deliveredAt: string;
}

/**
 * A shipment reached its recipient.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ShipmentDeliveredContract extends DomainEvent<ShipmentDeliveredContractPayload> {
  static readonly eventName = 'shipping.shipment-delivered';
  static readonly eventVersion = 1;

  constructor(payload: ShipmentDeliveredContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.shipmentId, payload, metadata);
  }
}
