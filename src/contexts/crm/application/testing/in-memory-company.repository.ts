import { DomainEvent } from '@promenade/ddd';
import { Company } from '../../domain/company.aggregate';
import { CompanyNameTaken, CompanyNotFound } from '../../domain/company.errors';
import { CompanyFilter, CompanyRepository } from '../../domain/company.repository';

/**
 * A unit-test stand-in for the company store: keeps a copy of each saved company (deleted ones too, as
 * the table does), answers only live ones, collects the events it would publish, and enforces the
 * unique live name as the database index does.
 */
export class InMemoryCompanyRepository implements CompanyRepository {
  readonly published: DomainEvent[] = [];
  hierarchyLocks = 0;
  private readonly companies = new Map<string, Company>();

  async getById(id: string): Promise<Company> {
    const found = await this.find(id);
    if (!found) throw new CompanyNotFound(id);
    return found;
  }

  async find(id: string): Promise<Company | undefined> {
    const stored = this.companies.get(id);
    return stored && !stored.isDeleted ? copyOf(stored) : undefined;
  }

  async findByName(name: string): Promise<Company | undefined> {
    const found = this.live().find((company) => company.name.toLowerCase() === name.toLowerCase());
    return found && copyOf(found);
  }

  async countSubsidiaries(parentId: string): Promise<number> {
    return this.live().filter((company) => company.parentId === parentId).length;
  }

  async findPage(filter: CompanyFilter, offset: number, limit: number): Promise<{ items: Company[]; total: number }> {
    const matches = this.live()
      .filter(
        (c) =>
          (filter.legalType ?? c.legalType) === c.legalType &&
          (filter.size ?? c.size) === c.size &&
          (filter.parentId === undefined || filter.parentId === c.parentId) &&
          (filter.search === undefined || c.name.toLowerCase().includes(filter.search.toLowerCase())),
      )
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }

  async lockHierarchy(): Promise<void> {
    this.hierarchyLocks++;
  }

  async save(company: Company): Promise<void> {
    const clash = !company.isDeleted && this.live().find((other) => other.id !== company.id && other.name.toLowerCase() === company.name.toLowerCase());
    if (clash) throw new CompanyNameTaken(company.name);
    this.published.push(...company.pullEvents());
    company.markPersisted(company.version + 1);
    this.companies.set(company.id, copyOf(company));
  }

  /** The stored company, deleted or not (what a test can see in the table). */
  stored(id: string): Company | undefined {
    return this.companies.get(id);
  }

  private live(): Company[] {
    return [...this.companies.values()].filter((company) => !company.isDeleted);
  }
}

function copyOf(company: Company): Company {
  return Company.restore(company.snapshot());
}
