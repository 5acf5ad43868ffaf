import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Company } from '../../domain/company.aggregate';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company.repository';
import { CreateCompany } from './create-company.command';

@CommandHandler(CreateCompany)
export class CreateCompanyHandler implements ICommandHandler<CreateCompany, string> {
  constructor(@Inject(COMPANY_REPOSITORY) private readonly companys: CompanyRepository) {}

  async execute(_command: CreateCompany): Promise<string> {
    const company = Company.create();
    await this.companys.save(company);
    return company.id;
  }
}
