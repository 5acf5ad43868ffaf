import { StockItem } from './stock-item.aggregate';

export const STOCK_ITEM_REPOSITORY = Symbol('StockItemRepository');

/** Where stock items are kept. `getById` throws StockItemNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface StockItemRepository {
  getById(id: string): Promise<StockItem>;
  save(stockItem: StockItem): Promise<void>;
}
