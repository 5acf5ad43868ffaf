import { ProductCreated } from '../events/product-created.event';
import { ProductDeleted } from '../events/product-deleted.event';
import { ProductDiscontinued } from '../events/product-discontinued.event';
import { ProductUpdated } from '../events/product-updated.event';
import { aProduct, newProduct } from '../../application/testing/product-fixtures';
import { Product, ProductState } from './product.aggregate';
import { GtinInvalid, ProductDetailsInvalid, ProductHasStock, ProductIsDiscontinued, ProductNotFound, SkuInvalid } from './product.errors';

const NOW = new Date('2026-01-01T00:00:00Z');

/** A saved product with no pending event. */
function saved(sku = 'KB-001', more = {}): Product {
  const product = aProduct(sku, more);
  product.pullEvents();
  return product;
}

describe('Product', () => {
  it('is created active, with its SKU normalised and every field checked, raising ProductCreated', () => {
    const product = Product.create(newProduct(' kb-001 ', { name: '  Keyboard ', description: '  ' }), NOW);

    expect(product).toMatchObject({
      isNew: true,
      sku: 'KB-001',
      name: 'Keyboard',
      description: null,
      unit: 'each',
      barcode: '4006381333931',
      status: 'active',
      deletedAt: null,
      createdAt: NOW,
    });
    const [event] = product.pullEvents();
    expect(event).toBeInstanceOf(ProductCreated);
    expect((event as ProductCreated).payload).toEqual({
      productId: product.id,
      sku: 'KB-001',
      name: 'Keyboard',
      unit: 'each',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('may have no barcode', () => {
    expect(aProduct('KB-001', { barcode: null }).barcode).toBeNull();
    expect(aProduct('KB-002', { barcode: undefined }).barcode).toBeNull();
  });

  it.each([
    ['a bad SKU', { sku: 'KB 001' }, SkuInvalid],
    ['a blank name', { name: '  ' }, ProductDetailsInvalid],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, ProductDetailsInvalid],
    ['a description over 2000 characters', { description: 'x'.repeat(2001) }, ProductDetailsInvalid],
    ['an unknown unit', { unit: 'box' }, ProductDetailsInvalid],
    ['a barcode with a wrong check digit', { barcode: '4006381333932' }, GtinInvalid],
  ])('refuses %s', (_case, change, error) => {
    expect(() => Product.create({ ...newProduct(), ...change })).toThrow(error);
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state: ProductState = { ...saved().snapshot(), version: 3, status: 'discontinued' };
    const product = Product.restore(state);
    expect(product.snapshot()).toEqual(state);
    expect(product.pullEvents()).toEqual([]);
  });

  describe('update', () => {
    it('changes the fields given, clears one sent as null, keeps the others, and raises ProductUpdated naming them', () => {
      const product = saved();

      expect(product.update({ name: 'Keyboard TKL', barcode: null })).toBe(true);

      expect(product).toMatchObject({ name: 'Keyboard TKL', barcode: null, description: 'Tenkeyless, brown switches' });
      expect(product.pullEvents()).toEqual([expect.any(ProductUpdated)]);
      expect(product.snapshot()).toMatchObject({ sku: 'KB-001', unit: 'each' });
    });

    it('changes nothing and raises nothing when the fields are sent as they are', () => {
      const product = saved();

      expect(product.update({ name: ' Mechanical keyboard ', description: undefined })).toBe(false);
      expect(product.pullEvents()).toEqual([]);
    });

    it('checks the change as it checks a new product', () => {
      const product = saved();

      expect(() => product.update({ barcode: '123' })).toThrow(GtinInvalid);
      expect(() => product.update({ name: '' })).toThrow(ProductDetailsInvalid);
      expect(product.barcode).toBe('4006381333931');
    });
  });

  describe('discontinue', () => {
    it('discontinues an active product for good, raising ProductDiscontinued with its SKU', () => {
      const product = saved();

      product.discontinue(NOW);

      expect(product.status).toBe('discontinued');
      const [event] = product.pullEvents();
      expect(event).toBeInstanceOf(ProductDiscontinued);
      expect((event as ProductDiscontinued).payload).toEqual({ productId: product.id, sku: 'KB-001', discontinuedAt: NOW.toISOString() });
    });

    it('refuses to discontinue twice with PRODUCT_DISCONTINUED', () => {
      const product = saved();
      product.discontinue();

      expect(() => product.discontinue()).toThrow(ProductIsDiscontinued);
    });

    it('lets no stock arrive once discontinued, and says so (a reservation then refuses it), while active it does', () => {
      const product = saved();
      expect(() => product.assertStockCanArrive()).not.toThrow();
      expect(product.isDiscontinued).toBe(false);

      product.discontinue();

      expect(() => product.assertStockCanArrive()).toThrow(expect.objectContaining({ code: 'PRODUCT_DISCONTINUED', kind: 'conflict' }));
      expect(product.isDiscontinued).toBe(true);
    });
  });

  describe('delete', () => {
    it('soft-deletes a product without stock, raising ProductDeleted', () => {
      const product = saved();

      product.delete(false, NOW);

      expect(product).toMatchObject({ isDeleted: true, deletedAt: NOW });
      expect(product.pullEvents()).toEqual([expect.any(ProductDeleted)]);
    });

    it('refuses a product with stock on hand or reserved with PRODUCT_HAS_STOCK, and keeps it', () => {
      const product = saved();

      expect(() => product.delete(true)).toThrow(expect.objectContaining({ code: 'PRODUCT_HAS_STOCK', kind: 'conflict' }));
      expect(product.isDeleted).toBe(false);
      expect(() => product.delete(true)).toThrow(ProductHasStock);
    });

    it('deletes a discontinued product too', () => {
      const product = saved();
      product.discontinue();

      product.delete(false);

      expect(product.isDeleted).toBe(true);
    });

    it('answers PRODUCT_NOT_FOUND to any change of a deleted product', () => {
      const product = saved();
      product.delete(false);

      expect(() => product.delete(false)).toThrow(ProductNotFound);
      expect(() => product.discontinue()).toThrow(ProductNotFound);
      expect(() => product.update({ name: 'Back' })).toThrow(ProductNotFound);
    });
  });
});
