import { ProductDiscontinued } from './product-discontinued.event';

describe('ProductDiscontinued', () => {
  it('travels as warehouse.product-discontinued v1 with its payload', () => {
    const event = new ProductDiscontinued({
      productId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      sku: 'KB-001',
      discontinuedAt: '2026-01-01T00:00:00.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.product-discontinued', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
