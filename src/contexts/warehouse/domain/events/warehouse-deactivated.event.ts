import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface WarehouseDeactivatedPayload {
  warehouseId: string;
  deactivatedAt: string;
}

/** A warehouse was deactivated. */
export class WarehouseDeactivated extends DomainEvent<WarehouseDeactivatedPayload> {
  static readonly eventName = 'warehouse.warehouse-deactivated';
  static readonly eventVersion = 1;

  constructor(payload: WarehouseDeactivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.warehouseId, payload, metadata);
  }
}
