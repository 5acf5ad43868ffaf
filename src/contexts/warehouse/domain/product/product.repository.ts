import { ProductStatus } from './product-status';
import { Product } from './product.aggregate';

export const PRODUCT_REPOSITORY = Symbol('ProductRepository');

/**
 * How `lockBySkus` holds the rows until the command's transaction ends: 'share' while stock arrives or is reserved
 * (many such commands at once, but no delete or change of the product meanwhile), 'update' to delete one.
 */
export type ProductLock = 'share' | 'update';

export interface ProductFilter {
  status?: ProductStatus;
  /** Part of the SKU or of the name, any case. */
  search?: string;
}

/**
 * Where products are kept. Every read sees live products only: a deleted one is not found. SKUs are
 * looked up in any case (normalised as `Sku.normalise`). `save` is optimistic (ConcurrencyConflict)
 * and answers SKU_TAKEN when another product, live or deleted, holds the SKU (the unique index).
 */
export interface ProductRepository {
  /** Throws ProductNotFound. */
  getById(id: string): Promise<Product>;
  /** Throws ProductNotFound. */
  getBySku(sku: string): Promise<Product>;
  /** The live products among these SKUs, in any order; unknown SKUs are left out. */
  findBySkus(skus: string[]): Promise<Product[]>;
  /**
   * The live products among these SKUs, as `findBySkus`, their rows locked (SELECT … FOR SHARE | FOR UPDATE) until the
   * command's transaction ends. Lock order, for every command: its products, then its stock items, each in SKU byte
   * order — so two commands wait for each other, never in a cycle.
   */
  lockBySkus(skus: string[], lock: ProductLock): Promise<Product[]>;
  /** Ordered by SKU. */
  findPage(filter: ProductFilter, offset: number, limit: number): Promise<{ items: Product[]; total: number }>;
  save(product: Product): Promise<void>;
}
