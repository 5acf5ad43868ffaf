import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ProductDiscontinuedContractPayload {
  productId: string;
  discontinuedAt: string;
}

/**
 * Something happened to a product that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ProductDiscontinuedContract extends DomainEvent<ProductDiscontinuedContractPayload> {
  static readonly eventName = 'warehouse.product-discontinued';
  static readonly eventVersion = 1;

  constructor(payload: ProductDiscontinuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.productId, payload, metadata);
  }
}
