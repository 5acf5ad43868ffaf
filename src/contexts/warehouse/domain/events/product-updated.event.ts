import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductUpdatedPayload {
  productId: string;
  sku: string;
  /** The fields that changed (`name`, `description`, `barcode`). */
  changed: string[];
}

/** Some of a product's own fields changed. */
export class ProductUpdated extends DomainEvent<ProductUpdatedPayload> {
  static readonly eventName = 'warehouse.product-updated';
  static readonly eventVersion = 1;

  constructor(payload: ProductUpdatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
