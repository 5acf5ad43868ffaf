import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Product } from '../../domain/product/product.aggregate';
import { ProductFilter } from '../../domain/product/product.repository';

/** Live products, by SKU. */
export class ListProducts extends Query<Page<Product>> {
  constructor(
    readonly filter: ProductFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
