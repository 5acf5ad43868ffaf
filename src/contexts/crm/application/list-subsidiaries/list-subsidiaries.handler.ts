import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Company } from '../../domain/company/company.aggregate';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { ListSubsidiaries } from './list-subsidiaries.query';

@QueryHandler(ListSubsidiaries)
export class ListSubsidiariesHandler implements IQueryHandler<ListSubsidiaries, Page<Company>> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository) {}

  async execute({ companyId, page, limit }: ListSubsidiaries): Promise<Page<Company>> {
    // An unknown or deleted company answers COMPANY_NOT_FOUND rather than an empty list.
    await this.companies.getById(companyId);
    const { items, total } = await this.companies.findPage({ parentId: companyId }, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
