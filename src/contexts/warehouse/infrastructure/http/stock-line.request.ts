import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, IsPositive, Matches, Max, ValidateNested } from 'class-validator';
import { SKU_PATTERN } from '../../domain/product/sku';

export const SKU_FIELD = new RegExp(SKU_PATTERN.source, 'i');
export const SKU_MESSAGE = 'sku must be 1-64 letters, digits, dots, dashes or underscores';
/** The most any single line or change may move: a billion units, as Quantity allows. */
export const MAX_QUANTITY = 1_000_000_000;

/** A product and a quantity in its unit; whether the quantity suits the unit (whole for `each`) is the domain's rule (422). */
export class StockLineRequest {
  @ApiProperty({ example: 'KB-001', pattern: SKU_FIELD.source, description: 'In any case.' })
  @Matches(SKU_FIELD, { message: SKU_MESSAGE })
  sku!: string;

  @ApiProperty({
    example: 12,
    minimum: 0.001,
    maximum: MAX_QUANTITY,
    description: 'In the product unit: at most 3 decimals, whole for `each`.',
  })
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_QUANTITY)
  quantity!: number;
}

/** The `lines` of a receipt or a transfer: 1 to 500 lines, each checked. */
export const StockLines = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ type: [StockLineRequest], description }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(500),
    ValidateNested({ each: true }),
    Type(() => StockLineRequest),
  );
