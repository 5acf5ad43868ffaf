import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface ReleaseReservationMessagePayload {
  orderId: string;
  /** Why the stock is let go (the order was cancelled, its payment failed, …): logged with the release. */
  reason: string;
}

/**
 * "Let the order's held stock go": answered by `warehouse.stock-released`. Nothing to release (no reservation, or one
 * no longer held) is not an error: nothing happens.
 * Accepted, not published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ReleaseReservationMessage extends CommandMessage<ReleaseReservationMessagePayload> {
  static readonly eventName = 'warehouse.release-reservation';
  static readonly eventVersion = 1;

  constructor(payload: ReleaseReservationMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
