import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductDiscontinuedContractPayload {
  productId: string;
  /** The product's SKU, upper-case: what orders and stock name it by. */
  sku: string;
  discontinuedAt: string;
}

/**
 * A product was discontinued: it can no longer be received nor reserved (stock on hand can still ship).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ProductDiscontinuedContract extends DomainEvent<ProductDiscontinuedContractPayload> {
  static readonly eventName = 'warehouse.product-discontinued';
  static readonly eventVersion = 1;

  constructor(payload: ProductDiscontinuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
