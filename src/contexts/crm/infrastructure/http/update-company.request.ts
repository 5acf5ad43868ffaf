import { ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, ValidateIf, ValidateNested } from 'class-validator';
import { COMPANY_LEGAL_TYPES, CompanyLegalType } from '../../domain/company-legal-type';
import { COMPANY_SIZES, CompanySize } from '../../domain/company-size';

/** Present only: left out it stays, but it cannot be cleared (null is refused). */
const IsOptionalButNotNull = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/**
 * A change of some fields (PATCH): a field left out stays as it is; an optional one sent as null is
 * cleared. The parent is changed with `PUT /companies/{id}/parent`.
 */
export class UpdateCompanyRequest {
  @ApiPropertyOptional({ example: 'Acme Retail AG', maxLength: 200 })
  @IsOptionalButNotNull()
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: COMPANY_LEGAL_TYPES, example: 'corporation' })
  @IsOptionalButNotNull()
  @IsIn(COMPANY_LEGAL_TYPES)
  legalType?: CompanyLegalType;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, example: 'large' })
  @IsOptionalButNotNull()
  @IsIn(COMPANY_SIZES)
  size?: CompanySize;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Wholesale' })
  @IsOptional()
  @IsString()
  industry?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, example: null })
  @IsOptional()
  @IsString()
  taxId?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 450 })
  @IsOptional()
  @IsInt()
  employeeCount?: number | null;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true, example: { amount: 2000000000, currency: 'EUR' } })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  annualRevenue?: MoneyDto | null;
}
