import { ProductDeleted } from '../../domain/events/product-deleted.event';
import { ProductHasStock, ProductNotFound } from '../../domain/product/product.errors';
import { Quantity } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { InMemoryProductRepository } from '../testing/in-memory-product.repository';
import { InMemoryStockItemRepository } from '../testing/in-memory-stock-item.repository';
import { aProduct } from '../testing/product-fixtures';
import { DeleteProduct } from './delete-product.command';
import { DeleteProductHandler } from './delete-product.handler';

describe('DeleteProductHandler', () => {
  let products: InMemoryProductRepository;
  let stock: InMemoryStockItemRepository;
  let handler: DeleteProductHandler;

  beforeEach(async () => {
    products = new InMemoryProductRepository();
    stock = new InMemoryStockItemRepository();
    handler = new DeleteProductHandler(products, stock);
    await products.save(aProduct('KB-001'));
    products.published.length = 0;
  });

  async function stockOf(sku: string, units: number): Promise<void> {
    const item = StockItem.open(sku, 'KBP-1', 'each');
    if (units > 0) item.receive(Quantity.of(units, 'each'), { actor: 'test', reference: null });
    await stock.save(item);
  }

  it('soft-deletes a product with no stock anywhere: gone for reading, still stored, ProductDeleted raised', async () => {
    await stockOf('KB-001', 0);

    await handler.execute(new DeleteProduct('kb-001'));

    await expect(products.getBySku('KB-001')).rejects.toBeInstanceOf(ProductNotFound);
    expect(products.all()[0].deletedAt).toBeInstanceOf(Date);
    expect(products.published).toEqual([expect.any(ProductDeleted)]);
  });

  it('refuses a product with stock on hand with PRODUCT_HAS_STOCK, and keeps it', async () => {
    await stockOf('KB-001', 3);

    await expect(handler.execute(new DeleteProduct('KB-001'))).rejects.toBeInstanceOf(ProductHasStock);
    expect((await products.getBySku('KB-001')).isDeleted).toBe(false);
  });

  it('answers PRODUCT_NOT_FOUND when deleting twice or an unknown SKU', async () => {
    await handler.execute(new DeleteProduct('KB-001'));

    await expect(handler.execute(new DeleteProduct('KB-001'))).rejects.toBeInstanceOf(ProductNotFound);
    await expect(handler.execute(new DeleteProduct('NOPE-1'))).rejects.toBeInstanceOf(ProductNotFound);
    expect(products.published).toHaveLength(1);
  });
});
