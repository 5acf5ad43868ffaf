import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Company } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyHierarchy } from '../../domain/company/company-hierarchy';
import { assertCompanyNameFree } from '../../domain/company/company-name-uniqueness';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { CreateCompany } from './create-company.command';

@CommandHandler(CreateCompany)
export class CreateCompanyHandler implements ICommandHandler<CreateCompany, string> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository) {}

  async execute({ details, parentId }: CreateCompany): Promise<string> {
    const checked = companyDetails(details);
    await assertCompanyNameFree(this.companies, checked.name);
    const company = Company.create(checked, parentId);
    if (parentId !== null) {
      // The parent must still be live when this commits: a concurrent delete of it waits for this lock.
      await this.companies.lockHierarchy();
      await new CompanyHierarchy(this.companies).assertCanHangUnder(company.id, parentId);
    }
    await this.companies.save(company);
    return company.id;
  }
}
