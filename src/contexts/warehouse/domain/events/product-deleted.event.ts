import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductDeletedPayload {
  productId: string;
  sku: string;
  deletedAt: string;
}

/** A product without stock was deleted (softly: it stays stored, and its SKU stays taken). */
export class ProductDeleted extends DomainEvent<ProductDeletedPayload> {
  static readonly eventName = 'warehouse.product-deleted';
  static readonly eventVersion = 1;

  constructor(payload: ProductDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
