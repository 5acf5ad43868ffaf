import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Product } from '../../domain/product/product.aggregate';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { CreateProduct } from './create-product.command';

@CommandHandler(CreateProduct)
export class CreateProductHandler implements ICommandHandler<CreateProduct, string> {
  constructor(@Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository) {}

  async execute(_command: CreateProduct): Promise<string> {
    const product = Product.create();
    await this.products.save(product);
    return product.id;
  }
}
