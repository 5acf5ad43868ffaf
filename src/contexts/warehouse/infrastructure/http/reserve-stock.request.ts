import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { StockLineRequest } from './stock-line.request';

export class ReserveStockRequest {
  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
    description: 'The order the stock is for: one reservation per order, so a repeat answers the same reservation.',
  })
  @IsUUID()
  orderId!: string;

  @ApiProperty({ type: [StockLineRequest], description: 'One line per SKU; all are held or none.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StockLineRequest)
  lines!: StockLineRequest[];
}
