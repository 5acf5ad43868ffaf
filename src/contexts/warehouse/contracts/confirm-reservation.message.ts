import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface ConfirmReservationMessagePayload {
  orderId: string;
}

/**
 * "The order will take its held stock": the order's reservation no longer expires and waits for its issue or release;
 * answered by `warehouse.reservation-confirmed`. A reservation that is no longer held (expired, released, issued) is
 * left as it is: its sender learned of that from its own event.
 * Accepted, not published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ConfirmReservationMessage extends CommandMessage<ConfirmReservationMessagePayload> {
  static readonly eventName = 'warehouse.confirm-reservation';
  static readonly eventVersion = 1;

  constructor(payload: ConfirmReservationMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
