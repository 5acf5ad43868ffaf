import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { COMPANY_LEGAL_TYPES, CompanyLegalType } from '../../domain/company/company-legal-type';
import { COMPANY_SIZES, CompanySize } from '../../domain/company/company-size';
import { Company } from '../../domain/company/company.aggregate';

export class CompanyResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 'Acme Retail GmbH' })
  name!: string;

  @ApiProperty({ enum: COMPANY_LEGAL_TYPES, example: 'llc' })
  legalType!: CompanyLegalType;

  @ApiProperty({ enum: COMPANY_SIZES, example: 'medium' })
  size!: CompanySize;

  @ApiProperty({ type: String, nullable: true, example: 'Retail' })
  industry!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'DE123456789' })
  taxId!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 120 })
  employeeCount!: number | null;

  @ApiProperty({ type: MoneyDto, nullable: true, example: { amount: 1250000000, currency: 'EUR' } })
  annualRevenue!: MoneyDto | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
    description: 'null: a top-level company.',
  })
  parentId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(company: Company): CompanyResponse {
    return {
      id: company.id,
      name: company.name,
      legalType: company.legalType,
      size: company.size,
      industry: company.industry,
      taxId: company.taxId,
      employeeCount: company.employeeCount,
      annualRevenue: company.annualRevenue?.toJSON() ?? null,
      parentId: company.parentId,
      createdAt: company.createdAt.toISOString(),
      updatedAt: company.updatedAt.toISOString(),
      version: company.version,
    };
  }
}

export const CompanyPage = PageResponse(CompanyResponse, 'CompanyPage');
