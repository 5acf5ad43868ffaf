import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface IssueReservationMessagePayload {
  orderId: string;
}

/**
 * "The order's held stock left the warehouses" (it was shipped): answered by `warehouse.stock-issued`, an issue in the
 * ledger per allocation. Nothing to issue (no reservation, or one no longer held) is not an error: nothing happens.
 * Accepted, not published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class IssueReservationMessage extends CommandMessage<IssueReservationMessagePayload> {
  static readonly eventName = 'warehouse.issue-reservation';
  static readonly eventVersion = 1;

  constructor(payload: IssueReservationMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
