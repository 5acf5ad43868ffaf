import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductDiscontinuedPayload {
  productId: string;
  discontinuedAt: string;
}

/** Something happened to a product that other contexts may react to. */
export class ProductDiscontinued extends DomainEvent<ProductDiscontinuedPayload> {
  static readonly eventName = 'warehouse.product-discontinued';
  static readonly eventVersion = 1;

  constructor(payload: ProductDiscontinuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
