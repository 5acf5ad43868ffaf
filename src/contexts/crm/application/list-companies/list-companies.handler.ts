import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Company } from '../../domain/company/company.aggregate';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { ListCompanies } from './list-companies.query';

@QueryHandler(ListCompanies)
export class ListCompaniesHandler implements IQueryHandler<ListCompanies, Page<Company>> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository) {}

  async execute({ filter, page, limit }: ListCompanies): Promise<Page<Company>> {
    const { items, total } = await this.companies.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
