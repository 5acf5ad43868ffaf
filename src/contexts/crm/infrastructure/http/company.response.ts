import { ApiProperty } from '@nestjs/swagger';
import { Company } from '../../domain/company.aggregate';

export class CompanyResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(company: Company): CompanyResponse {
    return { id: company.id, version: company.version, createdAt: company.createdAt.toISOString() };
  }
}
