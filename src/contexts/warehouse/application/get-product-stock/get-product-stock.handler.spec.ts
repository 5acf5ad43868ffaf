import { ProductNotFound } from '../../domain/product/product.errors';
import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { GetProductStock } from './get-product-stock.query';
import { GetProductStockHandler } from './get-product-stock.handler';

describe('GetProductStockHandler', () => {
  let given: StockItemFixtures;
  let handler: GetProductStockHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new GetProductStockHandler(given.products, given.stockItems);
    await given.product('FLOUR', 'kg');
  });

  it("answers a product's stock per warehouse, by code", async () => {
    await given.stock('FLOUR', 'LWO-1', 2.5, 1);
    await given.stock('FLOUR', 'KBP-1', 0.75);

    const stock = await handler.execute(new GetProductStock('flour'));

    expect(stock).toMatchObject({ sku: 'FLOUR', unit: 'kg' });
    expect(stock.items.map((item) => [item.warehouseCode, item.available.toNumber()])).toEqual([
      ['KBP-1', 0.75],
      ['LWO-1', 1.5],
    ]);
  });

  it('answers no items for a product not stocked anywhere', async () => {
    expect(await handler.execute(new GetProductStock('FLOUR'))).toEqual({ sku: 'FLOUR', unit: 'kg', items: [] });
  });

  it('refuses an unknown product with PRODUCT_NOT_FOUND', async () => {
    await expect(handler.execute(new GetProductStock('NOPE'))).rejects.toBeInstanceOf(ProductNotFound);
  });
});
