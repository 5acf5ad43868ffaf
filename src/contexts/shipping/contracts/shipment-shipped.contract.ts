import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ShipmentShippedContractPayload {
  shipmentId: string;
  orderId: string;
  carrier: string;
  trackingNumber: string;
}

/**
 * A shipment left the warehouse with a carrier; customers can track it.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ShipmentShippedContract extends DomainEvent<ShipmentShippedContractPayload> {
  static readonly eventName = 'shipping.shipment-shipped';
  static readonly eventVersion = 1;

  constructor(payload: ShipmentShippedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.shipmentId, payload, metadata);
  }
}
