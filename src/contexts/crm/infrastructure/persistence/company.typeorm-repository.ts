import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Company } from '../../domain/company.aggregate';
import { CompanyNotFound } from '../../domain/company.errors';
import { CompanyRepository } from '../../domain/company.repository';
import { companyMapper } from './company.mapper';
import { CompanyModel } from './company.model';

@Injectable()
export class CompanyTypeOrmRepository extends TypeOrmAggregateRepository<Company, CompanyModel> implements CompanyRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CompanyModel, companyMapper);
  }

  async getById(id: string): Promise<Company> {
    const company = await this.findById(id);
    if (!company) throw new CompanyNotFound(id);
    return company;
  }
}
