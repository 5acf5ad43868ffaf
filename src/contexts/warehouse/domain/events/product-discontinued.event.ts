import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductDiscontinuedPayload {
  productId: string;
  sku: string;
  discontinuedAt: string;
}

/** A product was discontinued: no more receipts nor reservations of it; its stock on hand can still ship. */
export class ProductDiscontinued extends DomainEvent<ProductDiscontinuedPayload> {
  static readonly eventName = 'warehouse.product-discontinued';
  static readonly eventVersion = 1;

  constructor(payload: ProductDiscontinuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
