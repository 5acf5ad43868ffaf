import { StockReserved } from './stock-reserved.event';

describe('StockReserved', () => {
  it('travels as warehouse.stock-reserved v1 with its payload', () => {
    const event = new StockReserved({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as StockReserved['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.stock-reserved', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
