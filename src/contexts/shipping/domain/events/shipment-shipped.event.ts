import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ShipmentShippedPayload {
  shipmentId: string;
  orderId: string;
  carrier: string;
  trackingNumber: string;
}

/**
 * A shipment left the warehouse with a carrier; customers can track it.
 * Published as ShipmentShippedContract (application/publications/publish-shipment-shipped.ts); never sent itself.
 */
export class ShipmentShipped extends DomainEvent<ShipmentShippedPayload> {
  static readonly eventName = 'shipping.shipment-shipped';
  static readonly eventVersion = 1;

  constructor(payload: ShipmentShippedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.shipmentId, payload, metadata);
  }
}
