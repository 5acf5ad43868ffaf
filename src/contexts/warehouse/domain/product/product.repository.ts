import { Product } from './product.aggregate';

export const PRODUCT_REPOSITORY = Symbol('ProductRepository');

/** Where products are kept. `getById` throws ProductNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface ProductRepository {
  getById(id: string): Promise<Product>;
  save(product: Product): Promise<void>;
}
