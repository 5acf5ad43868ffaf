import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Product } from '../../domain/product/product.aggregate';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { ListProducts } from './list-products.query';

@QueryHandler(ListProducts)
export class ListProductsHandler implements IQueryHandler<ListProducts, Page<Product>> {
  constructor(@Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository) {}

  async execute({ filter, page, limit }: ListProducts): Promise<Page<Product>> {
    const { items, total } = await this.products.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
