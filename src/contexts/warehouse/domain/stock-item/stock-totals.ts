import { Quantity } from '../quantity';
import { StockItem } from './stock-item.aggregate';

/** The sum of some stock items' levels (one product across warehouses). */
export interface StockTotals {
  onHand: Quantity;
  reserved: Quantity;
  available: Quantity;
}

export function stockTotals(items: StockItem[]): StockTotals {
  const sum = (level: (item: StockItem) => Quantity) => items.reduce((total, item) => total.plus(level(item)), Quantity.zero);
  return { onHand: sum((item) => item.onHand), reserved: sum((item) => item.reserved), available: sum((item) => item.available) };
}
