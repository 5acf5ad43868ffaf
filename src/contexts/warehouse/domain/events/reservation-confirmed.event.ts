import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationConfirmedPayload {
  reservationId: string;
  orderId: string;
  confirmedAt: string;
}

/** A held reservation no longer expires: its stock stays held until it is issued or released. */
export class ReservationConfirmed extends DomainEvent<ReservationConfirmedPayload> {
  static readonly eventName = 'warehouse.reservation-confirmed';
  static readonly eventVersion = 1;

  constructor(payload: ReservationConfirmedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
