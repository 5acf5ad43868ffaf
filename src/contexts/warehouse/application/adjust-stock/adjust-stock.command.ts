import { Command } from '@nestjs/cqrs';
import { AdjustmentReason } from '../../domain/stock-item/adjustment-reason';
import { StockMovement } from '../../domain/stock-item/stock-movement';

/** A correction of a stock count by hand: `quantity` signed (+ found, − lost), never 0. Answers the movement recorded. */
export class AdjustStock extends Command<StockMovement> {
  constructor(
    readonly warehouseCode: string,
    readonly sku: string,
    readonly quantity: number,
    readonly reason: AdjustmentReason,
    readonly note: string | null,
    readonly actor: string,
  ) {
    super();
  }
}
