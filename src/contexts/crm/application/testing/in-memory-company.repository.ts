import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Company, CompanyState } from '../../domain/company/company.aggregate';
import { CompanyNameTaken, CompanyNotFound } from '../../domain/company/company.errors';
import { CompanyFilter, CompanyRepository } from '../../domain/company/company.repository';

/**
 * A unit-test stand-in for the company store: keeps deleted companies (as the table does) but answers
 * only live ones, and enforces the unique live name as the database index does.
 */
export class InMemoryCompanyRepository extends InMemoryAggregateRepository<Company, CompanyState> implements CompanyRepository {
  hierarchyLocks = 0;

  constructor() {
    super(Company.restore);
  }

  async getById(id: string): Promise<Company> {
    const found = await this.find(id);
    if (!found) throw new CompanyNotFound(id);
    return found;
  }

  async find(id: string): Promise<Company | undefined> {
    return this.live().find((company) => company.id === id);
  }

  async findByName(name: string): Promise<Company | undefined> {
    return this.live().find((company) => company.name.toLowerCase() === name.toLowerCase());
  }

  async countSubsidiaries(parentId: string): Promise<number> {
    return this.live().filter((company) => company.parentId === parentId).length;
  }

  async findPage(filter: CompanyFilter, offset: number, limit: number): Promise<{ items: Company[]; total: number }> {
    const matches = this.live().filter(
      (c) =>
        (filter.legalType ?? c.legalType) === c.legalType &&
        (filter.size ?? c.size) === c.size &&
        (filter.parentId === undefined || filter.parentId === c.parentId) &&
        (filter.search === undefined || c.name.toLowerCase().includes(filter.search.toLowerCase())),
    );
    return this.pageOf(matches, offset, limit);
  }

  async lockHierarchy(): Promise<void> {
    this.hierarchyLocks++;
  }

  override async save(company: Company): Promise<void> {
    const clash = !company.isDeleted && (await this.findByName(company.name));
    if (clash && clash.id !== company.id) throw new CompanyNameTaken(company.name);
    await super.save(company);
  }

  private live(): Company[] {
    return this.all().filter((company) => !company.isDeleted);
  }
}
