import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { UpdateProduct } from './update-product.command';

@CommandHandler(UpdateProduct)
export class UpdateProductHandler implements ICommandHandler<UpdateProduct, void> {
  constructor(@Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository) {}

  async execute({ sku, changes }: UpdateProduct): Promise<void> {
    const product = await this.products.getBySku(sku);
    if (product.update(changes)) await this.products.save(product);
  }
}
