import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductCreatedPayload {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  createdAt: string;
}

/** A product came into being, active. */
export class ProductCreated extends DomainEvent<ProductCreatedPayload> {
  static readonly eventName = 'warehouse.product-created';
  static readonly eventVersion = 1;

  constructor(payload: ProductCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
