import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReservationFailedContractPayload {
  stockId: string;
}

/**
 * Something happened to a stock that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReservationFailedContract extends DomainEvent<StockReservationFailedContractPayload> {
  static readonly eventName = 'warehouse.stock-reservation-failed';
  static readonly eventVersion = 1;

  constructor(payload: StockReservationFailedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
