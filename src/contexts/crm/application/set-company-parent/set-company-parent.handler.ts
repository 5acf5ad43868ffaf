import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CompanyHierarchy } from '../../domain/company/company-hierarchy';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { SetCompanyParent } from './set-company-parent.command';

@CommandHandler(SetCompanyParent)
export class SetCompanyParentHandler implements ICommandHandler<SetCompanyParent, void> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository) {}

  async execute({ companyId, parentId }: SetCompanyParent): Promise<void> {
    // Two moves at once (A under B, B under A) would each pass the cycle check against the other's old state.
    await this.companies.lockHierarchy();
    const company = await this.companies.getById(companyId);
    if (parentId !== null) await new CompanyHierarchy(this.companies).assertCanHangUnder(company.id, parentId);
    if (company.changeParent(parentId)) await this.companies.save(company);
  }
}
