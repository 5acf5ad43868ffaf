import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Product, ProductState } from '../../domain/product/product.aggregate';
import { ProductNotFound } from '../../domain/product/product.errors';
import { ProductRepository } from '../../domain/product/product.repository';

/** A unit-test stand-in for the product store: the port's queries over the shared in-memory repository. */
export class InMemoryProductRepository extends InMemoryAggregateRepository<Product, ProductState> implements ProductRepository {
  constructor() {
    super(Product.restore);
  }

  async getById(id: string): Promise<Product> {
    const stored = this.stored(id);
    if (!stored) throw new ProductNotFound(id);
    return stored;
  }
}
