import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { COMPANY_LEGAL_TYPES, CompanyLegalType } from '../../domain/company/company-legal-type';
import { COMPANY_SIZES, CompanySize } from '../../domain/company/company-size';

/** Types and lists are checked here (400); lengths, counts, money and the hierarchy are the domain's rules (422/409). */
export class CreateCompanyRequest {
  @ApiProperty({ example: 'Acme Retail GmbH', maxLength: 200, description: 'Trimmed; unique among live companies, whatever the case.' })
  @IsString()
  name!: string;

  @ApiProperty({ enum: COMPANY_LEGAL_TYPES, example: 'llc' })
  @IsIn(COMPANY_LEGAL_TYPES)
  legalType!: CompanyLegalType;

  @ApiProperty({ enum: COMPANY_SIZES, example: 'medium', description: 'Smallest to largest: micro, small, medium, large, enterprise.' })
  @IsIn(COMPANY_SIZES)
  size!: CompanySize;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Retail' })
  @IsOptional()
  @IsString()
  industry?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, example: 'DE123456789' })
  @IsOptional()
  @IsString()
  taxId?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, example: 120 })
  @IsOptional()
  @IsInt()
  employeeCount?: number | null;

  @ApiPropertyOptional({
    type: MoneyDto,
    nullable: true,
    description: 'Not negative; minor units.',
    example: { amount: 1250000000, currency: 'EUR' },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  annualRevenue?: MoneyDto | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
    description: 'A live company to hang this one under.',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}
