import { StockLow } from './stock-low.event';

describe('StockLow', () => {
  it('travels as warehouse.stock-low v1 with its payload', () => {
    const event = new StockLow({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as StockLow['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.stock-low', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
