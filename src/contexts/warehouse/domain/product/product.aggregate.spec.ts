import { ProductCreated } from '../events/product-created.event';
import { Product } from './product.aggregate';

describe('Product', () => {
  it('is created with a new id and raises ProductCreated', () => {
    const product = Product.create(new Date('2026-01-01T00:00:00Z'));
    expect(product.isNew).toBe(true);
    const [event] = product.pullEvents();
    expect(event).toBeInstanceOf(ProductCreated);
    expect(event.eventName).toBe('warehouse.product-created');
    expect((event as ProductCreated).payload).toEqual({ productId: product.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const product = Product.restore(state);
    expect(product.snapshot()).toEqual(state);
    expect(product.pullEvents()).toEqual([]);
  });
});
