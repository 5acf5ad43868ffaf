import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface WarehouseCreatedPayload {
  warehouseId: string;
  code: string;
  name: string;
  createdAt: string;
}

/** A warehouse came into being, active. */
export class WarehouseCreated extends DomainEvent<WarehouseCreatedPayload> {
  static readonly eventName = 'warehouse.warehouse-created';
  static readonly eventVersion = 1;

  constructor(payload: WarehouseCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.warehouseId, payload, metadata);
  }
}
