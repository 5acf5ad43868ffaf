import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { GetProductStock, ProductStock } from './get-product-stock.query';

@QueryHandler(GetProductStock)
export class GetProductStockHandler implements IQueryHandler<GetProductStock, ProductStock> {
  constructor(
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository,
  ) {}

  async execute({ sku }: GetProductStock): Promise<ProductStock> {
    const product = await this.products.getBySku(sku);
    const items = await this.stockItems.findBySku(product.sku);
    return { sku: product.sku, unit: product.unit, items };
  }
}
