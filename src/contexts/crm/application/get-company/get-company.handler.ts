import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Company } from '../../domain/company/company.aggregate';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { GetCompany } from './get-company.query';

@QueryHandler(GetCompany)
export class GetCompanyHandler implements IQueryHandler<GetCompany, Company> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companys: CompanyRepository) {}

  execute({ companyId }: GetCompany): Promise<Company> {
    return this.companys.getById(companyId);
  }
}
