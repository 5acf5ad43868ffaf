import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductNotFound } from '../../domain/product/product.errors';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { Sku } from '../../domain/product/sku';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { DeleteProduct } from './delete-product.command';

@CommandHandler(DeleteProduct)
export class DeleteProductHandler implements ICommandHandler<DeleteProduct, void> {
  constructor(
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stock: StockItemRepository,
  ) {}

  async execute({ sku }: DeleteProduct): Promise<void> {
    // Locked for update before the stock is asked: a receipt, transfer or reserve holding it for share commits first
    // (and its stock is then seen), and one arriving later waits, then finds the product gone.
    const [product] = await this.products.lockBySkus([sku], 'update');
    if (!product) throw new ProductNotFound(Sku.normalise(sku));
    product.delete(await this.stock.hasStock(product.sku));
    await this.products.save(product);
  }
}
