import { ProductIsDiscontinued } from '../../domain/product/product.errors';
import { InsufficientStock, TransferWithinWarehouse } from '../../domain/stock-item/stock-item.errors';
import { WarehouseInactive, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { TransferStock } from './transfer-stock.command';
import { TransferStockHandler } from './transfer-stock.handler';

describe('TransferStockHandler', () => {
  let given: StockItemFixtures;
  let handler: TransferStockHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new TransferStockHandler(given.warehouses, given.products, given.stockItems);
    await given.warehouse('KBP-1');
    await given.warehouse('LWO-1');
    await given.product('KB-1');
    await given.product('FLOUR', 'kg');
    await given.stock('KB-1', 'KBP-1', 10, 2);
    await given.stock('FLOUR', 'KBP-1', 5);
  });

  it('moves each line out of one warehouse and into the other, the two movements of every line under one transfer id', async () => {
    const movements = await handler.execute(
      new TransferStock(
        'kbp-1',
        'lwo-1',
        [
          { sku: 'KB-1', quantity: 8 },
          { sku: 'flour', quantity: 0.25 },
        ],
        'user-1',
      ),
    );

    expect(await given.levels('KB-1', 'KBP-1')).toEqual({ onHand: 2, reserved: 2, available: 0 });
    expect(await given.levels('KB-1', 'LWO-1')).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect(await given.levels('FLOUR', 'LWO-1')).toEqual({ onHand: 0.25, reserved: 0, available: 0.25 });
    expect(movements.map((m) => [m.type, m.sku, m.warehouseCode, m.signedQuantity])).toEqual([
      ['transfer-out', 'FLOUR', 'KBP-1', -0.25],
      ['transfer-in', 'FLOUR', 'LWO-1', 0.25],
      ['transfer-out', 'KB-1', 'KBP-1', -8],
      ['transfer-in', 'KB-1', 'LWO-1', 8],
    ]);
    expect(new Set(movements.map((m) => m.transferId)).size).toBe(1);
    expect(movements[0].transferId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('moves stock out of an inactive warehouse', async () => {
    await given.warehouse('ODS-1', 'inactive');
    await given.stock('KB-1', 'ODS-1', 3);

    await handler.execute(new TransferStock('ODS-1', 'KBP-1', [{ sku: 'KB-1', quantity: 3 }], 'user-1'));

    expect(await given.levels('KB-1', 'ODS-1')).toEqual({ onHand: 0, reserved: 0, available: 0 });
  });

  it.each([
    ['more than is available with INSUFFICIENT_STOCK', 'KBP-1', 'LWO-1', 'KB-1', InsufficientStock],
    ['within one warehouse with TRANSFER_WITHIN_WAREHOUSE', 'KBP-1', ' kbp-1', 'KB-1', TransferWithinWarehouse],
    ['into an inactive warehouse with WAREHOUSE_INACTIVE', 'KBP-1', 'ODS-1', 'KB-1', WarehouseInactive],
    ['from an unknown warehouse with WAREHOUSE_NOT_FOUND', 'XXX-1', 'LWO-1', 'KB-1', WarehouseNotFound],
    ['of a discontinued product with PRODUCT_DISCONTINUED', 'KBP-1', 'LWO-1', 'OLD-1', ProductIsDiscontinued],
  ])('refuses a transfer of %s, moving nothing', async (_case, from, to, sku, error) => {
    await given.warehouse('ODS-1', 'inactive');
    await given.product('OLD-1', 'each', 'discontinued');
    const before = given.stockItems.movements.length;

    const attempt = handler.execute(new TransferStock(from, to, [{ sku, quantity: 9 }], 'user-1'));

    await expect(attempt).rejects.toBeInstanceOf(error);
    expect(given.stockItems.movements).toHaveLength(before);
    expect(await given.levels('KB-1', 'KBP-1')).toEqual({ onHand: 10, reserved: 2, available: 8 });
  });
});
