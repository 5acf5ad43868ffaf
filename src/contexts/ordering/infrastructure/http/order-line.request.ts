import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmptyObject, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SKU_PATTERN } from '../../domain/order/order-line';

export const SKU_MESSAGE = 'sku must be 1-64 letters, digits, dots, dashes or underscores';

export class OrderLineRequest {
  @ApiProperty({ example: 'SKU-1001', pattern: SKU_PATTERN.source })
  @Matches(SKU_PATTERN, { message: SKU_MESSAGE })
  sku!: string;

  @ApiProperty({ type: 'integer', example: 2, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;

  @ApiProperty({ type: MoneyDto, description: 'Price of one unit; must be in the order currency.' })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  unitPrice!: MoneyDto;
}
