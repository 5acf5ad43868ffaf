import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { StockLineRequest, StockLines } from './stock-line.request';
import { WAREHOUSE_CODE_FIELD, warehouseCodeMessage } from './stock-warehouse-code.field';

export class StockReceiptRequest {
  @ApiProperty({ example: 'KBP-1', description: 'The warehouse the goods arrived at, in any case; it must be active.' })
  @Matches(WAREHOUSE_CODE_FIELD, { message: warehouseCodeMessage('warehouse') })
  warehouse!: string;

  @StockLines('One receipt movement per line.')
  lines!: StockLineRequest[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    example: 'PO-2026-0042',
    description: 'A purchase order, a delivery note.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string | null;
}
