import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsPositive, Matches, Max } from 'class-validator';
import { SKU_PATTERN } from '../../domain/product/sku';

export class ReservationLineRequest {
  @ApiProperty({ example: 'MUG-350', pattern: SKU_PATTERN.source, description: 'Any case: SKUs are upper-cased.' })
  @Matches(new RegExp(SKU_PATTERN.source, 'i'), { message: 'sku must be 1-64 letters, digits, dots, dashes or underscores' })
  sku!: string;

  @ApiProperty({
    example: 2,
    exclusiveMinimum: true,
    minimum: 0,
    maximum: 1_000_000_000,
    description: "In the product's unit of measure: a whole number for `each`, at most 3 decimals for kg, l and m.",
  })
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(1_000_000_000)
  quantity!: number;
}
