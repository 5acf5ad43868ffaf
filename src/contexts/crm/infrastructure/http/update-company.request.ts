import { ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PatchNullable, PatchRequired } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, ValidateNested } from 'class-validator';
import { COMPANY_LEGAL_TYPES, CompanyLegalType } from '../../domain/company/company-legal-type';
import { COMPANY_SIZES, CompanySize } from '../../domain/company/company-size';

/**
 * A change of some fields (PATCH): a field left out stays as it is; an optional one sent as null is
 * cleared; a required one sent as null is refused (400). The parent is changed with `PUT /companies/{id}/parent`.
 */
export class UpdateCompanyRequest {
  @ApiPropertyOptional({ example: 'Acme Retail AG', maxLength: 200 })
  @PatchRequired()
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: COMPANY_LEGAL_TYPES, example: 'corporation' })
  @PatchRequired()
  @IsIn(COMPANY_LEGAL_TYPES)
  legalType?: CompanyLegalType;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, example: 'large' })
  @PatchRequired()
  @IsIn(COMPANY_SIZES)
  size?: CompanySize;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Wholesale' })
  @PatchNullable()
  @IsString()
  industry?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, example: null })
  @PatchNullable()
  @IsString()
  taxId?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, example: 450 })
  @PatchNullable()
  @IsInt()
  employeeCount?: number | null;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true, example: { amount: 2000000000, currency: 'EUR' } })
  @PatchNullable()
  @ValidateNested()
  @Type(() => MoneyDto)
  annualRevenue?: MoneyDto | null;
}
