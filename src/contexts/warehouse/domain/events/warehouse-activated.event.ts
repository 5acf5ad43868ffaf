import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface WarehouseActivatedPayload {
  warehouseId: string;
  activatedAt: string;
}

/** A warehouse was activated. */
export class WarehouseActivated extends DomainEvent<WarehouseActivatedPayload> {
  static readonly eventName = 'warehouse.warehouse-activated';
  static readonly eventVersion = 1;

  constructor(payload: WarehouseActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.warehouseId, payload, metadata);
  }
}
