import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStockLine } from './allocated-stock-line';

export interface StockReservedContractPayload {
  reservationId: string;
  orderId: string;
  /** Where each line is held; a line may be split over warehouses. */
  allocations: AllocatedStockLine[];
  /** The stock is let go then unless the reservation is issued or released first. */
  expiresAt: string;
}

/**
 * Every line of an order is held: the reservation succeeded.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReservedContract extends DomainEvent<StockReservedContractPayload> {
  static readonly eventName = 'warehouse.stock-reserved';
  static readonly eventVersion = 1;

  constructor(payload: StockReservedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
