import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { DeleteProduct } from './delete-product.command';

@CommandHandler(DeleteProduct)
export class DeleteProductHandler implements ICommandHandler<DeleteProduct, void> {
  constructor(
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stock: StockItemRepository,
  ) {}

  async execute({ sku }: DeleteProduct): Promise<void> {
    const product = await this.products.getBySku(sku);
    product.delete(await this.stock.hasStock(product.sku));
    await this.products.save(product);
  }
}
