import { ProductDiscontinued } from '../../domain/events/product-discontinued.event';
import { PublishProductDiscontinued } from './publish-product-discontinued';

describe('PublishProductDiscontinued', () => {
  it('gives other contexts the productId, sku and discontinuedAt of warehouse.product-discontinued', () => {
    const event = new ProductDiscontinued({
      productId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      sku: 'KB-001',
      discontinuedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(new PublishProductDiscontinued().toContract(event)).toEqual({
      productId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      sku: 'KB-001',
      discontinuedAt: '2026-01-01T00:00:00.000Z',
    });
  });
});
