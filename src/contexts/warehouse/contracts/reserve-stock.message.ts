import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface ReserveStockMessagePayload {
  /** The order the stock is for: one reservation per order, so a repeat answers the same reservation. */
  orderId: string;
  /** One line per SKU (SKUs in any case); all are held or none. */
  lines: Array<{ sku: string; quantity: number }>;
}

/**
 * "Reserve stock for this order", accepted by the Warehouse. Answered by `warehouse.stock-reserved`, or by
 * `warehouse.stock-reservation-failed` naming each line it could not hold and why (unknown, discontinued, insufficient).
 * Accepted, not published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ReserveStockMessage extends CommandMessage<ReserveStockMessagePayload> {
  static readonly eventName = 'warehouse.reserve-stock';
  static readonly eventVersion = 1;

  constructor(payload: ReserveStockMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
