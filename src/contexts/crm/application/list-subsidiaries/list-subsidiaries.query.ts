import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Company } from '../../domain/company/company.aggregate';

/** The live companies directly under a live company, newest first. */
export class ListSubsidiaries extends Query<Page<Company>> {
  constructor(
    readonly companyId: string,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
