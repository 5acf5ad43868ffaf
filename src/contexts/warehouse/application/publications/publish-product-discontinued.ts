import { Publication, Publishes } from '@promenade/messaging';
import { ProductDiscontinuedContract, ProductDiscontinuedContractPayload } from '../../contracts';
import { ProductDiscontinued } from '../../domain/events/product-discontinued.event';

/** What other contexts learn of ProductDiscontinued: field by field, so a field added inside the context stays inside. */
@Publishes(ProductDiscontinued, ProductDiscontinuedContract)
export class PublishProductDiscontinued implements Publication<ProductDiscontinued, ProductDiscontinuedContract> {
  toContract({ payload }: ProductDiscontinued): ProductDiscontinuedContractPayload {
    return { productId: payload.productId, sku: payload.sku, discontinuedAt: payload.discontinuedAt };
  }
}
