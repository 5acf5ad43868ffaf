import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ShipmentDeliveredPayload {
  shipmentId: string;
  orderId: string;
  deliveredAt: string;
}

/**
 * A shipment reached its recipient.
 * Published as ShipmentDeliveredContract (application/publications/publish-shipment-delivered.ts); never sent itself.
 */
export class ShipmentDelivered extends DomainEvent<ShipmentDeliveredPayload> {
  static readonly eventName = 'shipping.shipment-delivered';
  static readonly eventVersion = 1;

  constructor(payload: ShipmentDeliveredPayload, metadata?: Partial<EventMetadata>) {
    super(payload.shipmentId, payload, metadata);
  }
}
