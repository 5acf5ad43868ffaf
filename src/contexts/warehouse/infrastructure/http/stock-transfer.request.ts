import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { StockLineRequest, StockLines } from './stock-line.request';
import { WAREHOUSE_CODE_FIELD, warehouseCodeMessage } from './stock-warehouse-code.field';

export class StockTransferRequest {
  @ApiProperty({ example: 'KBP-1', description: 'Where the stock leaves, in any case; only available stock (not reserved) moves.' })
  @Matches(WAREHOUSE_CODE_FIELD, { message: warehouseCodeMessage('from') })
  from!: string;

  @ApiProperty({ example: 'LWO-1', description: 'Where it arrives, in any case: another warehouse, active.' })
  @Matches(WAREHOUSE_CODE_FIELD, { message: warehouseCodeMessage('to') })
  to!: string;

  @StockLines('Per line a transfer-out and a transfer-in movement, under one transfer id.')
  lines!: StockLineRequest[];
}
