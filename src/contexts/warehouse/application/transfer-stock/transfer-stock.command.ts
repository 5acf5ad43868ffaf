import { Command } from '@nestjs/cqrs';
import { StockMovement } from '../../domain/stock-item/stock-movement';
import { StockLine } from '../receive-stock/receive-stock.command';

/** Moves available stock from one warehouse to another: per line a transfer-out and a transfer-in, linked by one transfer id. */
export class TransferStock extends Command<StockMovement[]> {
  constructor(
    readonly fromCode: string,
    readonly toCode: string,
    readonly lines: StockLine[],
    readonly actor: string,
  ) {
    super();
  }
}
