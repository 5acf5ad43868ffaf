import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmptyObject, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MAX_DESCRIPTION_LENGTH, MAX_LINE_QUANTITY } from '../../domain/invoice/invoice-line';

export class InvoiceLineRequest {
  @ApiProperty({ example: 'Consulting, January', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description!: string;

  @ApiProperty({ type: 'integer', example: 3, minimum: 1, maximum: MAX_LINE_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;

  @ApiProperty({ type: MoneyDto, description: 'Price of one unit, before tax; must be in the invoice currency.' })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  unitPrice!: MoneyDto;

  @ApiProperty({ type: 'integer', example: 2000, minimum: 0, maximum: 10000, description: 'Tax rate in basis points: 2000 is 20 %.' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  taxRate!: number;
}
