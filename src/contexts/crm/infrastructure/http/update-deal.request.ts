import { ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PatchRequired } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmptyObject, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CALENDAR_DATE_PATTERN } from '../../domain/deal/deal-close-date';
import { ACQUISITION_SOURCES, AcquisitionSource } from '../../domain/customer/acquisition-source';
import { DEAL_NAME_MAX_LENGTH } from '../../domain/deal/deal.aggregate';
import { CLOSE_DATE_MESSAGE } from './create-deal.request';

/** Any of the revisable fields; an absent one stays as it is, and none may be null (400). The stage changes only through its own routes. */
export class UpdateDealRequest {
  @ApiPropertyOptional({ example: 'ACME Corp — 2027 renewal', maxLength: DEAL_NAME_MAX_LENGTH })
  @PatchRequired()
  @IsString()
  @MaxLength(DEAL_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405171',
    description: 'Hands the deal to another rep: needs `deals:write:any`.',
  })
  @PatchRequired()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ type: MoneyDto, example: { amount: 3_000_000, currency: 'EUR' } })
  @PatchRequired()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  value?: MoneyDto;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    example: 60,
    description: 'Percent: overrides the stage default until the next stage move.',
  })
  @PatchRequired()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;

  @ApiPropertyOptional({ example: '2026-12-15', format: 'date', description: 'A new date must be today or later (UTC).' })
  @PatchRequired()
  @Matches(CALENDAR_DATE_PATTERN, { message: CLOSE_DATE_MESSAGE })
  expectedCloseDate?: string;

  @ApiPropertyOptional({ enum: ACQUISITION_SOURCES, example: 'partner' })
  @PatchRequired()
  @IsIn(ACQUISITION_SOURCES)
  source?: AcquisitionSource;
}
