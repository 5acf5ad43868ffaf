import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { DeleteCompany } from './delete-company.command';

@CommandHandler(DeleteCompany)
export class DeleteCompanyHandler implements ICommandHandler<DeleteCompany, void> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository) {}

  async execute({ companyId }: DeleteCompany): Promise<void> {
    // No subsidiary may be attached between the count and the commit.
    await this.companies.lockHierarchy();
    const company = await this.companies.getById(companyId);
    company.delete(await this.companies.countSubsidiaries(companyId));
    await this.companies.save(company);
  }
}
