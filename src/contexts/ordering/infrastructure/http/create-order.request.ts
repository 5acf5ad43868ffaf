import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCurrencyCode } from '@promenade/http';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { OrderLineRequest } from './order-line.request';

export class CreateOrderRequest {
  @ApiPropertyOptional({
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    format: 'uuid',
    description:
      "The Identity user who owns the order (not a CRM customer id; CRM's customers link to it by their own `userId`); defaults to the caller. Naming another user needs `orders:write:any`.",
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code; every line must use it.' })
  @IsCurrencyCode()
  currency!: string;

  @ApiProperty({ type: [OrderLineRequest], description: 'May be empty: lines can be added to the draft later.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  lines!: OrderLineRequest[];
}
