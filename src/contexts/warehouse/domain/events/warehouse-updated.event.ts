import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface WarehouseUpdatedPayload {
  warehouseId: string;
  code: string;
  /** The fields that changed (`name`, `address`, `timeZone`). */
  changed: string[];
}

/** Some of a warehouse's own fields changed. */
export class WarehouseUpdated extends DomainEvent<WarehouseUpdatedPayload> {
  static readonly eventName = 'warehouse.warehouse-updated';
  static readonly eventVersion = 1;

  constructor(payload: WarehouseUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.warehouseId, payload, metadata);
  }
}
