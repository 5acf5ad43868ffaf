import { ProductNotFound } from '../../domain/product/product.errors';
import { QuantityInvalid } from '../../domain/quantity';
import { InsufficientStock } from '../../domain/stock-item/stock-item.errors';
import { WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { AdjustStock } from './adjust-stock.command';
import { AdjustStockHandler } from './adjust-stock.handler';

describe('AdjustStockHandler', () => {
  let given: StockItemFixtures;
  let handler: AdjustStockHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new AdjustStockHandler(given.warehouses, given.products, given.stockItems);
    await given.warehouse('KBP-1');
    await given.product('KB-1');
  });

  it('adds what was found, with its reason and note', async () => {
    await given.stock('KB-1', 'KBP-1', 10);

    const movement = await handler.execute(new AdjustStock('kbp-1', 'kb-1', 2, 'found', 'behind the shelf', 'user-1'));

    expect(await given.levels('KB-1', 'KBP-1')).toEqual({ onHand: 12, reserved: 0, available: 12 });
    expect(movement).toMatchObject({ type: 'adjustment', signedQuantity: 2, reason: 'found', note: 'behind the shelf', actor: 'user-1' });
    expect(movement.resultingOnHand.toNumber()).toBe(12);
  });

  it('takes away what was lost, down to what is reserved', async () => {
    await given.stock('KB-1', 'KBP-1', 10, 4);

    const movement = await handler.execute(new AdjustStock('KBP-1', 'KB-1', -6, 'loss', null, 'user-1'));

    expect(movement).toMatchObject({ type: 'adjustment', signedQuantity: -6, reason: 'loss', note: null });
    expect(await given.levels('KB-1', 'KBP-1')).toEqual({ onHand: 4, reserved: 4, available: 0 });
  });

  it('corrects stock in an inactive warehouse and of a discontinued product: it records what is there', async () => {
    await given.warehouse('ODS-1', 'inactive');
    await given.product('OLD-1', 'each', 'discontinued');

    await handler.execute(new AdjustStock('ODS-1', 'OLD-1', 3, 'count', null, 'user-1'));

    expect(await given.levels('OLD-1', 'ODS-1')).toEqual({ onHand: 3, reserved: 0, available: 3 });
  });

  it.each([
    ['below what is reserved', 10, 4, -7, 6],
    ['below zero', 2, 0, -3, 2],
  ])(
    'refuses a decrease %s with INSUFFICIENT_STOCK naming what is available, changing nothing',
    async (_case, onHand, reserved, change, available) => {
      await given.stock('KB-1', 'KBP-1', onHand, reserved);

      const attempt = handler.execute(new AdjustStock('KBP-1', 'KB-1', change, 'damage', null, 'user-1'));

      await expect(attempt).rejects.toBeInstanceOf(InsufficientStock);
      await expect(attempt).rejects.toMatchObject({ shortages: [{ sku: 'KB-1', requested: -change, available }] });
      expect(await given.levels('KB-1', 'KBP-1')).toEqual({ onHand, reserved, available });
      expect(given.stockItems.movements).toHaveLength(1);
    },
  );

  it.each([
    ['an unknown warehouse with WAREHOUSE_NOT_FOUND', 'LWO-1', 'KB-1', 1, WarehouseNotFound],
    ['an unknown product with PRODUCT_NOT_FOUND', 'KBP-1', 'NOPE', 1, ProductNotFound],
    ['a part of a unit counted in each with QUANTITY_INVALID', 'KBP-1', 'KB-1', -0.5, QuantityInvalid],
  ])('refuses an adjustment of %s', async (_case, warehouse, sku, change, error) => {
    await expect(handler.execute(new AdjustStock(warehouse, sku, change, 'count', null, 'user-1'))).rejects.toBeInstanceOf(error);
    expect(given.stockItems.movements).toEqual([]);
  });
});
