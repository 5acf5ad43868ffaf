import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Company } from '../../domain/company/company.aggregate';
import { CompanyFilter } from '../../domain/company/company.repository';

/** Live companies, newest first. */
export class ListCompanies extends Query<Page<Company>> {
  constructor(
    readonly filter: CompanyFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
