import { StockItem } from '../stock-item/stock-item.aggregate';
import { Allocation } from './allocation';

/**
 * Each allocation with the stock item it names, from the items the command locked: what a reserve, release, issue
 * or expiry changes. An allocation whose item is missing is a broken invariant (items are never deleted), not a
 * request to refuse.
 */
export function heldStock(allocations: readonly Allocation[], items: readonly StockItem[]): Array<[Allocation, StockItem]> {
  return allocations.map((allocation) => {
    const item = items.find((candidate) => candidate.sku === allocation.sku && candidate.warehouseCode === allocation.warehouseCode);
    if (!item) throw new Error(`no locked stock item for ${allocation.sku} at ${allocation.warehouseCode}`);
    return [allocation, item];
  });
}
