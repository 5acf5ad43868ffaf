import { Command } from '@nestjs/cqrs';
import { StockMovement } from '../../domain/stock-item/stock-movement';

/** A line of stock: a product by SKU (any case) and a quantity in its unit. */
export interface StockLine {
  sku: string;
  quantity: number;
}

/** Goods arrived at a warehouse: one receipt movement per line. Answers the movements recorded. */
export class ReceiveStock extends Command<StockMovement[]> {
  constructor(
    readonly warehouseCode: string,
    readonly lines: StockLine[],
    readonly reference: string | null,
    readonly actor: string,
  ) {
    super();
  }
}
