import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Product, ProductState } from '../../domain/product/product.aggregate';
import { ProductNotFound } from '../../domain/product/product.errors';
import { ProductRepository } from '../../domain/product/product.repository';

/** What every ProductRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeProductRepositoryContract(open: () => Promise<OpenedRepository<ProductRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Product, ProductState, ProductRepository>({
    open,
    create: () => Product.create(),
    restore: Product.restore,
    load: (products, id) => products.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers ProductNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(ProductNotFound);
  });
}
