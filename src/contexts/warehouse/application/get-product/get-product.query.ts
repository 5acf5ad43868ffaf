import { Query } from '@nestjs/cqrs';
import { Product } from '../../domain/product/product.aggregate';

/** A live product by its SKU, in any case. */
export class GetProduct extends Query<Product> {
  constructor(readonly sku: string) {
    super();
  }
}
