import { Product } from '../../domain/product/product.aggregate';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { GetProduct } from './get-product.query';
import { GetProductHandler } from './get-product.handler';

describe('GetProductHandler', () => {
  const stored = Product.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });
  const handler = new GetProductHandler(new InMemoryProductRepository().seed(stored));

  it('answers the stored product', async () => {
    expect((await handler.execute(new GetProduct(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with PRODUCT_NOT_FOUND', async () => {
    await expect(handler.execute(new GetProduct('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
  });
});
