import { ProductCreated } from '../../domain/events/product-created.event';
import { GtinInvalid, SkuTaken } from '../../domain/product/product.errors';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { newProduct } from '../testing/product-fixtures';
import { CreateProduct } from './create-product.command';
import { CreateProductHandler } from './create-product.handler';

describe('CreateProductHandler', () => {
  let products: InMemoryProductRepository;
  let handler: CreateProductHandler;

  beforeEach(() => {
    products = new InMemoryProductRepository();
    handler = new CreateProductHandler(products);
  });

  it('saves a new active product that raised ProductCreated, and answers its normalised SKU', async () => {
    const sku = await handler.execute(new CreateProduct(newProduct('kb-001')));

    expect(sku).toBe('KB-001');
    expect(await products.getBySku('KB-001')).toMatchObject({ status: 'active', version: 1 });
    expect(products.published).toEqual([expect.any(ProductCreated)]);
  });

  it('refuses a SKU another product holds, in any case, with SKU_TAKEN, and stores nothing more', async () => {
    await handler.execute(new CreateProduct(newProduct('KB-001')));

    await expect(handler.execute(new CreateProduct(newProduct(' kb-001')))).rejects.toBeInstanceOf(SkuTaken);
    expect(products.all()).toHaveLength(1);
  });

  it('refuses a bad barcode with GTIN_INVALID and stores nothing', async () => {
    await expect(handler.execute(new CreateProduct(newProduct('KB-001', { barcode: '4006381333932' })))).rejects.toBeInstanceOf(
      GtinInvalid,
    );
    expect(products.all()).toEqual([]);
  });
});
