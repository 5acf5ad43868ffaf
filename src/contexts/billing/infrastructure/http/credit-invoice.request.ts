import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class CreditInvoiceRequest {
  @ApiPropertyOptional({ type: MoneyDto, description: 'In the invoice currency; absent: everything paid and not yet credited.' })
  @IsOptional()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;

  @ApiProperty({ example: 'Goods returned', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
