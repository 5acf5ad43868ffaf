import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, NotEquals } from 'class-validator';
import { ADJUSTMENT_REASONS, AdjustmentReason } from '../../domain/stock-item/adjustment-reason';
import { MAX_QUANTITY, SKU_FIELD, SKU_MESSAGE } from './stock-line.request';
import { WAREHOUSE_CODE_FIELD, warehouseCodeMessage } from './stock-warehouse-code.field';

export class StockAdjustmentRequest {
  @ApiProperty({ example: 'KBP-1', description: 'In any case.' })
  @Matches(WAREHOUSE_CODE_FIELD, { message: warehouseCodeMessage('warehouse') })
  warehouse!: string;

  @ApiProperty({ example: 'KB-001', pattern: SKU_FIELD.source, description: 'In any case.' })
  @Matches(SKU_FIELD, { message: SKU_MESSAGE })
  sku!: string;

  @ApiProperty({
    example: -2,
    minimum: -MAX_QUANTITY,
    maximum: MAX_QUANTITY,
    description: 'Signed, in the product unit: + adds (found, a recount up), − takes away, never below what is reserved. Not 0.',
  })
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @NotEquals(0)
  @Min(-MAX_QUANTITY)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiProperty({ enum: ADJUSTMENT_REASONS, example: 'damage' })
  @IsIn(ADJUSTMENT_REASONS)
  reason!: AdjustmentReason;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'Two boxes crushed by the forklift' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
