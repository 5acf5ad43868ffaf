import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmptyObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../../domain/deal/deal-close-date';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';
import { DEAL_NAME_MAX_LENGTH } from '../../domain/deal/deal.aggregate';

export const CLOSE_DATE_MESSAGE = 'expectedCloseDate must be a date as YYYY-MM-DD';

export class CreateDealRequest {
  @ApiProperty({ example: 'ACME Corp — annual renewal', maxLength: DEAL_NAME_MAX_LENGTH })
  @IsString()
  @MaxLength(DEAL_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    description: 'An existing customer (else 422 `DEAL_CUSTOMER_UNKNOWN`).',
  })
  @IsUUID()
  customerId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170',
    description: 'The sales rep (a user id) who owns the deal; defaults to the caller. Naming someone else needs `deals:write:any`.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiProperty({
    type: MoneyDto,
    example: { amount: 2_500_000, currency: 'EUR' },
    description: 'Not negative; minor units (2500000 EUR = €25,000.00).',
  })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;

  @ApiProperty({ example: '2026-09-30', format: 'date', description: 'Today or later (UTC).' })
  @Matches(CALENDAR_DATE_PATTERN, { message: CLOSE_DATE_MESSAGE })
  expectedCloseDate!: string;

  @ApiProperty({ enum: ACQUISITION_SOURCES, example: 'referral' })
  @IsIn(ACQUISITION_SOURCES)
  source!: AcquisitionSource;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 15, description: "Percent; defaults to the lead stage's 10." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;
}
