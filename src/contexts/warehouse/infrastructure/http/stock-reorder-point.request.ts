import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsPositive, Max, ValidateIf } from 'class-validator';
import { MAX_QUANTITY } from './stock-line.request';

export class StockReorderPointRequest {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 5,
    minimum: 0.001,
    maximum: MAX_QUANTITY,
    description: 'In the product unit; below it the item is low (`warehouse.stock-low` when available crosses it downward). null: none.',
  })
  @ValidateIf((_request, value) => value !== null)
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_QUANTITY)
  reorderPoint!: number | null;
}
