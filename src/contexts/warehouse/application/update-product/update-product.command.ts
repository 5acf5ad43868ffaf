import { Command } from '@nestjs/cqrs';
import { ProductChanges } from '../../domain/product/product.aggregate';

/** Changes some of a product's own fields (its SKU and unit never change). */
export class UpdateProduct extends Command<void> {
  constructor(
    readonly sku: string,
    readonly changes: ProductChanges,
  ) {
    super();
  }
}
