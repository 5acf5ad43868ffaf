import { Query } from '@nestjs/cqrs';
import { Product } from '../../domain/product/product.aggregate';

export class GetProduct extends Query<Product> {
  constructor(readonly productId: string) {
    super();
  }
}
