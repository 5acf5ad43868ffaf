import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Product } from '../../domain/product/product.aggregate';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { CreateProduct } from './create-product.command';

@CommandHandler(CreateProduct)
export class CreateProductHandler implements ICommandHandler<CreateProduct, string> {
  constructor(@Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository) {}

  async execute({ product: input }: CreateProduct): Promise<string> {
    const product = Product.create(input);
    await this.products.save(product); // SKU_TAKEN from the unique index: no read-then-insert race to lose
    return product.sku;
  }
}
