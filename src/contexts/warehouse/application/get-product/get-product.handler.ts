import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Product } from '../../domain/product/product.aggregate';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { GetProduct } from './get-product.query';

@QueryHandler(GetProduct)
export class GetProductHandler implements IQueryHandler<GetProduct, Product> {
  constructor(@Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository) {}

  execute({ sku }: GetProduct): Promise<Product> {
    return this.products.getBySku(sku);
  }
}
