import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { DiscontinueProduct } from './discontinue-product.command';

@CommandHandler(DiscontinueProduct)
export class DiscontinueProductHandler implements ICommandHandler<DiscontinueProduct, void> {
  constructor(@Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository) {}

  async execute({ sku }: DiscontinueProduct): Promise<void> {
    const product = await this.products.getBySku(sku);
    product.discontinue();
    await this.products.save(product);
  }
}
