import { Command } from '@nestjs/cqrs';
import { NewProduct } from '../../domain/product/product.aggregate';

/** Adds an active product to the catalog; answers its SKU, normalised. */
export class CreateProduct extends Command<string> {
  constructor(readonly product: NewProduct) {
    super();
  }
}
