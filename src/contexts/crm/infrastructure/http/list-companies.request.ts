import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { COMPANY_LEGAL_TYPES, CompanyLegalType } from '../../domain/company/company-legal-type';
import { COMPANY_SIZES, CompanySize } from '../../domain/company/company-size';

export class ListCompaniesRequest extends PageQuery {
  @ApiPropertyOptional({ example: 'acme', description: 'Part of the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: COMPANY_LEGAL_TYPES })
  @IsOptional()
  @IsIn(COMPANY_LEGAL_TYPES)
  legalType?: CompanyLegalType;

  @ApiPropertyOptional({ enum: COMPANY_SIZES })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  size?: CompanySize;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the direct subsidiaries of this company.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}
