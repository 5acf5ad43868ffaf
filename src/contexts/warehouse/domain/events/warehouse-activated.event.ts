import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface WarehouseActivatedPayload {
  warehouseId: string;
  code: string;
  activatedAt: string;
}

/** A warehouse takes receipts and new reservations again. */
export class WarehouseActivated extends DomainEvent<WarehouseActivatedPayload> {
  static readonly eventName = 'warehouse.warehouse-activated';
  static readonly eventVersion = 1;

  constructor(payload: WarehouseActivatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.warehouseId, payload, metadata);
  }
}
