import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { aProduct } from '../testing/product-fixtures';
import { GetProduct } from './get-product.query';
import { GetProductHandler } from './get-product.handler';

describe('GetProductHandler', () => {
  it('answers the stored product, named by its SKU in any case', async () => {
    const products = new InMemoryProductRepository();
    const product = aProduct('KB-001');
    await products.save(product);

    expect((await new GetProductHandler(products).execute(new GetProduct('kb-001'))).snapshot()).toEqual(product.snapshot());
  });

  it('refuses an unknown SKU with PRODUCT_NOT_FOUND', async () => {
    await expect(new GetProductHandler(new InMemoryProductRepository()).execute(new GetProduct('NOPE-1'))).rejects.toMatchObject({
      code: 'PRODUCT_NOT_FOUND',
    });
  });
});
