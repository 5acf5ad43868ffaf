import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface ReleaseShipmentMessagePayload {
  orderId: string;
}

/**
 * "The order may ship now" (its stock is held, its payment taken): its held shipment becomes pending, so staff can
 * hand it to a carrier. A repeat, or a shipment already on its way, changes nothing; a cancelled one stays cancelled.
 * Accepted, not published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ReleaseShipmentMessage extends CommandMessage<ReleaseShipmentMessagePayload> {
  static readonly eventName = 'shipping.release-shipment';
  static readonly eventVersion = 1;

  constructor(payload: ReleaseShipmentMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
