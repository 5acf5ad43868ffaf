import { QuantityInvalid } from '../../domain/quantity';
import { StockItemFixtures } from '../testing/stock-item-fixtures';
import { SetReorderPoint } from './set-reorder-point.command';
import { SetReorderPointHandler } from './set-reorder-point.handler';

describe('SetReorderPointHandler', () => {
  let given: StockItemFixtures;
  let handler: SetReorderPointHandler;

  beforeEach(async () => {
    given = new StockItemFixtures();
    handler = new SetReorderPointHandler(given.warehouses, given.products, given.stockItems);
    await given.warehouse('KBP-1');
    await given.product('FLOUR', 'kg');
  });

  it('sets the reorder point of a product not stocked yet, opening its empty stock item', async () => {
    const item = await handler.execute(new SetReorderPoint('kbp-1', 'flour', 2.5));

    expect(item).toMatchObject({ sku: 'FLOUR', warehouseCode: 'KBP-1', unit: 'kg' });
    expect((await given.stockItems.lock([{ sku: 'FLOUR', warehouseCode: 'KBP-1' }]))[0].reorderPoint?.toNumber()).toBe(2.5);
  });

  it('clears it with null, raising nothing', async () => {
    await given.stock('FLOUR', 'KBP-1', 1);
    await handler.execute(new SetReorderPoint('KBP-1', 'FLOUR', 5));

    const item = await handler.execute(new SetReorderPoint('KBP-1', 'FLOUR', null));

    expect(item.reorderPoint).toBeNull();
    expect(given.stockItems.published).toEqual([]);
  });

  it('refuses a reorder point the unit cannot count with QUANTITY_INVALID', async () => {
    await expect(handler.execute(new SetReorderPoint('KBP-1', 'FLOUR', 0.0001))).rejects.toBeInstanceOf(QuantityInvalid);
  });
});
