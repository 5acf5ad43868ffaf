import { ProductDiscontinued } from '../../domain/events/product-discontinued.event';
import { ProductIsDiscontinued } from '../../domain/product/product.errors';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { aProduct } from '../testing/product-fixtures';
import { DiscontinueProduct } from './discontinue-product.command';
import { DiscontinueProductHandler } from './discontinue-product.handler';

describe('DiscontinueProductHandler', () => {
  let products: InMemoryProductRepository;
  let handler: DiscontinueProductHandler;

  beforeEach(async () => {
    products = new InMemoryProductRepository();
    handler = new DiscontinueProductHandler(products);
    await products.save(aProduct('KB-001'));
    products.published.length = 0;
  });

  it('saves the product discontinued, with ProductDiscontinued raised', async () => {
    await handler.execute(new DiscontinueProduct('kb-001'));

    expect(await products.getBySku('KB-001')).toMatchObject({ status: 'discontinued', version: 2 });
    const [event] = products.published;
    expect(event).toBeInstanceOf(ProductDiscontinued);
    expect((event as ProductDiscontinued).payload.sku).toBe('KB-001');
  });

  it('refuses a second discontinuation with PRODUCT_DISCONTINUED and raises nothing more', async () => {
    await handler.execute(new DiscontinueProduct('KB-001'));

    await expect(handler.execute(new DiscontinueProduct('KB-001'))).rejects.toBeInstanceOf(ProductIsDiscontinued);
    expect(products.published).toHaveLength(1);
  });

  it('refuses an unknown SKU with PRODUCT_NOT_FOUND', async () => {
    await expect(handler.execute(new DiscontinueProduct('NOPE-1'))).rejects.toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
  });
});
