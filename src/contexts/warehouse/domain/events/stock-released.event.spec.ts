import { StockReleased } from './stock-released.event';

describe('StockReleased', () => {
  it('travels as warehouse.stock-released v1 with its payload', () => {
    const event = new StockReleased({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as StockReleased['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.stock-released', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
