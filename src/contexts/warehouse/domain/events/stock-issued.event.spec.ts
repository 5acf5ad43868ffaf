import { StockIssued } from './stock-issued.event';

describe('StockIssued', () => {
  it('travels as warehouse.stock-issued v1 with its payload', () => {
    const event = new StockIssued({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as StockIssued['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.stock-issued', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
