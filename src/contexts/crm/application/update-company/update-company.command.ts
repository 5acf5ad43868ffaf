import { Command } from '@nestjs/cqrs';
import { CompanyChanges } from '../../domain/company/company.aggregate';

/** Changes some of a company's own fields (not its parent: that is SetCompanyParent). */
export class UpdateCompany extends Command<void> {
  constructor(
    readonly companyId: string,
    readonly changes: CompanyChanges,
  ) {
    super();
  }
}
