import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { ListStock } from './list-stock.query';
import { ListStockHandler } from './list-stock.handler';

describe('ListStockHandler', () => {
  let given: StockItemFixtures;
  let handler: ListStockHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new ListStockHandler(given.stockItems);
    await given.product('KB-1');
    await given.product('MS-1');
    await given.stock('MS-1', 'KBP-1', 1);
    await given.stock('KB-1', 'LWO-1', 2);
    await given.stock('KB-1', 'KBP-1', 3);
  });

  it('answers the requested page by sku then warehouse, with the total count', async () => {
    const page = await handler.execute(new ListStock({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(page.items.map((item) => [item.sku, item.warehouseCode])).toEqual([['MS-1', 'KBP-1']]);
  });

  it('lists the items of one SKU in one warehouse', async () => {
    const page = await handler.execute(new ListStock({ sku: 'KB-1', warehouseCode: 'LWO-1' }, 1, 10));

    expect(page.items.map((item) => item.onHand.toNumber())).toEqual([2]);
  });

  it('lists only the items below their reorder point', async () => {
    const [item] = await given.stockItems.lock([{ sku: 'KB-1', warehouseCode: 'KBP-1' }]);
    item.setReorderPoint(item.onHand.plus(item.onHand));
    await given.stockItems.save(item);

    const page = await handler.execute(new ListStock({ belowReorderPoint: true }, 1, 10));

    expect(page.items.map((i) => [i.sku, i.warehouseCode])).toEqual([['KB-1', 'KBP-1']]);
    expect(page.total).toBe(1);
  });
});
