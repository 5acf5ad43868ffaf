import { ProductUpdated } from '../../domain/events/product-updated.event';
import { ProductDetailsInvalid, ProductNotFound } from '../../domain/product/product.errors';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { aProduct } from '../testing/product-fixtures';
import { UpdateProduct } from './update-product.command';
import { UpdateProductHandler } from './update-product.handler';

describe('UpdateProductHandler', () => {
  let products: InMemoryProductRepository;
  let handler: UpdateProductHandler;

  beforeEach(async () => {
    products = new InMemoryProductRepository();
    handler = new UpdateProductHandler(products);
    await products.save(aProduct('KB-001'));
    products.published.length = 0;
  });

  it('saves the changed fields of the product named by its SKU in any case, and raises ProductUpdated', async () => {
    await handler.execute(new UpdateProduct('kb-001', { name: 'Keyboard TKL', description: null }));

    expect(await products.getBySku('KB-001')).toMatchObject({ name: 'Keyboard TKL', description: null, version: 2 });
    expect(products.published).toEqual([expect.any(ProductUpdated)]);
  });

  it('saves nothing when nothing changes', async () => {
    await handler.execute(new UpdateProduct('KB-001', { name: 'Mechanical keyboard' }));

    expect((await products.getBySku('KB-001')).version).toBe(1);
    expect(products.published).toEqual([]);
  });

  it('refuses a broken field with PRODUCT_DETAILS_INVALID and keeps the product as it was', async () => {
    await expect(handler.execute(new UpdateProduct('KB-001', { name: ' ' }))).rejects.toBeInstanceOf(ProductDetailsInvalid);
    expect((await products.getBySku('KB-001')).name).toBe('Mechanical keyboard');
  });

  it('answers PRODUCT_NOT_FOUND for an unknown or deleted SKU', async () => {
    const product = await products.getBySku('KB-001');
    product.delete(false);
    await products.save(product);

    await expect(handler.execute(new UpdateProduct('KB-001', { name: 'Back' }))).rejects.toBeInstanceOf(ProductNotFound);
    await expect(handler.execute(new UpdateProduct('NOPE', { name: 'X' }))).rejects.toBeInstanceOf(ProductNotFound);
  });
});
