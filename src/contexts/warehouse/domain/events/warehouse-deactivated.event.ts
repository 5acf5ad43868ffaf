import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface WarehouseDeactivatedPayload {
  warehouseId: string;
  code: string;
  deactivatedAt: string;
}

/** A warehouse takes no more receipts nor new reservations; its stock can still ship and move out. */
export class WarehouseDeactivated extends DomainEvent<WarehouseDeactivatedPayload> {
  static readonly eventName = 'warehouse.warehouse-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: WarehouseDeactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.warehouseId, payload, metadata);
  }
}
