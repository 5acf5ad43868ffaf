import { NewProduct, Product } from '../../domain/product/product.aggregate';

/** A valid new product's fields: a keyboard counted in units, with a real EAN-13. */
export const newProduct = (sku = 'KB-001', more: Partial<NewProduct> = {}): NewProduct => ({
  sku,
  name: 'Mechanical keyboard',
  description: 'Tenkeyless, brown switches',
  unit: 'each',
  barcode: '4006381333931',
  ...more,
});

/** A product as created (version 0, its ProductCreated raised), ready to save. */
export const aProduct = (sku = 'KB-001', more: Partial<NewProduct> = {}): Product => Product.create(newProduct(sku, more));
