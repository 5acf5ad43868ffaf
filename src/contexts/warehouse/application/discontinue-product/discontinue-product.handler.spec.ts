import { ProductDiscontinued } from '../../domain/events/product-discontinued.event';
import { Product } from '../../domain/product/product.aggregate';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { DiscontinueProduct } from './discontinue-product.command';
import { DiscontinueProductHandler } from './discontinue-product.handler';

describe('DiscontinueProductHandler', () => {
  const stored = () =>
    Product.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the product with ProductDiscontinued raised', async () => {
    const product = stored();
    const repository = new InMemoryProductRepository().seed(product);
    await new DiscontinueProductHandler(repository).execute(new DiscontinueProduct(product.id));
    expect(repository.stored(product.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(ProductDiscontinued);
    expect(event.metadata.aggregateId).toBe(product.id);
  });

  it('refuses an unknown id with PRODUCT_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryProductRepository();
    await expect(
      new DiscontinueProductHandler(repository).execute(new DiscontinueProduct('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
