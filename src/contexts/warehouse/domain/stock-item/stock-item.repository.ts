import { UnitOfMeasure } from '../quantity';
import { StockItem } from './stock-item.aggregate';
import { MovementType, StockMovement } from './stock-movement';

export const STOCK_ITEM_REPOSITORY = Symbol('StockItemRepository');

/** What names a stock item: a product (normalised SKU) in a warehouse (normalised code). */
export interface StockKey {
  sku: string;
  warehouseCode: string;
}

export interface StockItemFilter {
  sku?: string;
  warehouseCode?: string;
  /** Only items whose available quantity is below their reorder point. */
  belowReorderPoint?: boolean;
}

export interface StockMovementFilter {
  sku?: string;
  warehouseCode?: string;
  type?: MovementType;
  /** occurredAt at or after. */
  from?: Date;
  /** occurredAt before. */
  to?: Date;
}

/**
 * Where stock items and their ledger are kept. Every `lock*` takes row locks (released when the command's
 * transaction ends) in one fixed order, by sku then warehouse code, so two commands locking overlapping items
 * wait for each other instead of deadlocking; they answer the items in that order. `save` is optimistic
 * (ConcurrencyConflict) and appends the item's new movements in the same transaction.
 */
export interface StockItemRepository {
  getById(id: string): Promise<StockItem>;
  /** The existing items of these keys, locked; a key with no item is left out. */
  lock(keys: StockKey[]): Promise<StockItem[]>;
  /** Every key's item, locked: a missing one is opened empty (in the unit `unitOf` gives its SKU) and stored first. */
  lockOrOpen(keys: StockKey[], unitOf: (sku: string) => UnitOfMeasure): Promise<StockItem[]>;
  /** Every item of these SKUs in an active warehouse, locked: what a reservation may allocate from. */
  lockAllOf(skus: string[]): Promise<StockItem[]>;
  save(stockItem: StockItem): Promise<void>;
  /** Whether any item of the SKU has stock on hand or reserved (a product with stock cannot be deleted). */
  hasStock(sku: string): Promise<boolean>;
  /** Every item of one SKU, by warehouse code. */
  findBySku(sku: string): Promise<StockItem[]>;
  /** A page of items by sku then warehouse code. */
  findPage(filter: StockItemFilter, offset: number, limit: number): Promise<{ items: StockItem[]; total: number }>;
  /** A page of the ledger, newest first. */
  findMovementPage(filter: StockMovementFilter, offset: number, limit: number): Promise<{ items: StockMovement[]; total: number }>;
}
