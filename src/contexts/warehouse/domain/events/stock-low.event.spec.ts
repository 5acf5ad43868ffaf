import { StockLow } from './stock-low.event';

describe('StockLow', () => {
  it('travels as warehouse.stock-low v1 with its payload, about the stock item', () => {
    const payload = {
      stockItemId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      sku: 'SKU-1',
      warehouseCode: 'KBP-1',
      available: 4,
      reorderPoint: 5,
    };
    const event = new StockLow(payload);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.stock-low', version: 1, aggregateId: payload.stockItemId });
    expect(json.payload).toEqual(payload);
  });
});
