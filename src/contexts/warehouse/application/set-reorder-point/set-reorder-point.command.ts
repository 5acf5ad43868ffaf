import { Command } from '@nestjs/cqrs';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';

/** Sets (or, with null, clears) the available quantity below which a product's stock in a warehouse is low. Answers the item. */
export class SetReorderPoint extends Command<StockItem> {
  constructor(
    readonly warehouseCode: string,
    readonly sku: string,
    readonly reorderPoint: number | null,
  ) {
    super();
  }
}
