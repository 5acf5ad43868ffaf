import { ProductCreated } from '../../domain/events/product-created.event';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { CreateProduct } from './create-product.command';
import { CreateProductHandler } from './create-product.handler';

describe('CreateProductHandler', () => {
  it('saves a new product that raised ProductCreated, and answers its id', async () => {
    const repository = new InMemoryProductRepository();
    const id = await new CreateProductHandler(repository).execute(new CreateProduct());
    expect(repository.all().map((product) => product.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(ProductCreated)]);
  });
});
