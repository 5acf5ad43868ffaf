import { ProductIsDiscontinued, ProductNotFound } from '../../domain/product/product.errors';
import { QuantityInvalid } from '../../domain/quantity';
import { WarehouseInactive, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { ReceiveStock } from './receive-stock.command';
import { ReceiveStockHandler } from './receive-stock.handler';

describe('ReceiveStockHandler', () => {
  let given: StockItemFixtures;
  let handler: ReceiveStockHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new ReceiveStockHandler(given.warehouses, given.products, given.stockItems);
    await given.warehouse('KBP-1');
    await given.product('KB-1');
    await given.product('FLOUR', 'kg');
  });

  it('receives each line into its stock item, opening a missing one in the product unit, with a receipt movement per line', async () => {
    await handler.execute(new ReceiveStock('KBP-1', [{ sku: 'KB-1', quantity: 2 }], null, 'user-1'));

    const movements = await handler.execute(
      new ReceiveStock(
        ' kbp-1 ',
        [
          { sku: 'kb-1', quantity: 3 },
          { sku: 'flour', quantity: 12.5 },
        ],
        'PO-77',
        'user-1',
      ),
    );

    expect(await given.levels('KB-1', 'KBP-1')).toEqual({ onHand: 5, reserved: 0, available: 5 });
    expect(await given.levels('FLOUR', 'KBP-1')).toEqual({ onHand: 12.5, reserved: 0, available: 12.5 });
    expect((await given.stockItems.findBySku('FLOUR'))[0].unit).toBe('kg');
    expect(movements.map((m) => [m.type, m.sku, m.warehouseCode, m.signedQuantity, m.reference, m.actor])).toEqual([
      ['receipt', 'FLOUR', 'KBP-1', 12.5, 'PO-77', 'user-1'],
      ['receipt', 'KB-1', 'KBP-1', 3, 'PO-77', 'user-1'],
    ]);
    expect(given.stockItems.movements).toHaveLength(3);
  });

  it.each([
    ['an unknown warehouse with WAREHOUSE_NOT_FOUND', 'LWO-1', 'KB-1', 1, WarehouseNotFound],
    ['an inactive warehouse with WAREHOUSE_INACTIVE', 'ODS-1', 'KB-1', 1, WarehouseInactive],
    ['an unknown product with PRODUCT_NOT_FOUND', 'KBP-1', 'NOPE', 1, ProductNotFound],
    ['a discontinued product with PRODUCT_DISCONTINUED', 'KBP-1', 'OLD-1', 1, ProductIsDiscontinued],
    ['a part of a unit counted in each with QUANTITY_INVALID', 'KBP-1', 'KB-1', 1.5, QuantityInvalid],
  ])('refuses a receipt into %s, recording nothing', async (_case, warehouse, sku, quantity, error) => {
    await given.warehouse('ODS-1', 'inactive');
    await given.product('OLD-1', 'each', 'discontinued');

    const attempt = handler.execute(new ReceiveStock(warehouse, [{ sku, quantity }], null, 'user-1'));

    await expect(attempt).rejects.toBeInstanceOf(error);
    expect(given.stockItems.movements).toEqual([]);
    expect(given.stockItems.all()).toEqual([]);
  });
});
