import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertCompanyNameFree } from '../../domain/company/company-name-uniqueness';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { UpdateCompany } from './update-company.command';

@CommandHandler(UpdateCompany)
export class UpdateCompanyHandler implements ICommandHandler<UpdateCompany, void> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository) {}

  async execute({ companyId, changes }: UpdateCompany): Promise<void> {
    const company = await this.companies.getById(companyId);
    if (!company.update(changes)) return;
    await assertCompanyNameFree(this.companies, company.name, company.id);
    await this.companies.save(company);
  }
}
