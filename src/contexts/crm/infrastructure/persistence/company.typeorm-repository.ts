import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { IsNull } from 'typeorm';
import { Company } from '../../domain/company/company.aggregate';
import { CompanyNameTaken, CompanyNotFound } from '../../domain/company/company.errors';
import { CompanyFilter, CompanyRepository } from '../../domain/company/company.repository';
import { companyMapper } from './company.mapper';
import { CompanyModel } from './company.model';

/** The partial unique index on lower(name) of the CreateCompanies migration. */
const ONE_LIVE_COMPANY_PER_NAME = 'companies_one_live_per_name';

/** Key of the transaction-scoped advisory lock that serialises hierarchy changes (any constant unique to it). */
const HIERARCHY_LOCK_KEY = 'crm.companies.hierarchy';

@Injectable()
export class CompanyTypeOrmRepository extends TypeOrmAggregateRepository<Company, CompanyModel> implements CompanyRepository {
  constructor(uow: UnitOfWork) {
    super(uow, CompanyModel, companyMapper);
  }

  async getById(id: string): Promise<Company> {
    const company = await this.find(id);
    if (!company) throw new CompanyNotFound(id);
    return company;
  }

  async find(id: string): Promise<Company | undefined> {
    const row = await this.models.findOneBy({ id, deletedAt: IsNull() });
    return row ? companyMapper.toDomain(row) : undefined;
  }

  async findByName(name: string): Promise<Company | undefined> {
    const row = await this.models
      .createQueryBuilder('company')
      .where('lower(company.name) = lower(:name)', { name })
      .andWhere('company.deleted_at IS NULL')
      .getOne();
    return row ? companyMapper.toDomain(row) : undefined;
  }

  async countSubsidiaries(parentId: string): Promise<number> {
    return this.models.countBy({ parentId, deletedAt: IsNull() });
  }

  async findPage(filter: CompanyFilter, offset: number, limit: number): Promise<{ items: Company[]; total: number }> {
    const query = this.models
      .createQueryBuilder('company')
      .where('company.deleted_at IS NULL')
      .orderBy('company.id', 'DESC')
      .skip(offset)
      .take(limit);
    if (filter.legalType) query.andWhere('company.legal_type = :legalType', { legalType: filter.legalType });
    if (filter.size) query.andWhere('company.size = :size', { size: filter.size });
    if (filter.parentId) query.andWhere('company.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.search) query.andWhere('lower(company.name) LIKE :search', { search: `%${escapeLike(filter.search.toLowerCase())}%` });
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map((row) => companyMapper.toDomain(row)), total };
  }

  async lockHierarchy(): Promise<void> {
    // Taken inside the command's transaction (the unit of work) and released when it ends.
    await this.uow.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [HIERARCHY_LOCK_KEY]);
  }

  /** The name was checked on what was read; a request that raced this one past that check is stopped by the index. */
  override async save(company: Company): Promise<void> {
    try {
      await super.save(company);
    } catch (error) {
      if (uniqueViolation(error) === ONE_LIVE_COMPANY_PER_NAME) throw new CompanyNameTaken(company.name);
      throw error;
    }
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
