import { CompanyLegalType } from './company-legal-type';
import { CompanySize } from './company-size';
import { Company } from './company.aggregate';

export const COMPANY_REPOSITORY = Symbol('CompanyRepository');

export interface CompanyFilter {
  /** Part of the name, any case. */
  search?: string;
  legalType?: CompanyLegalType;
  size?: CompanySize;
  /** Only the direct subsidiaries of this company. */
  parentId?: string;
}

/**
 * Where companies are kept. Every read sees live companies only: a deleted one is not found.
 * `getById` throws CompanyNotFound; `find` answers undefined. `save` is optimistic
 * (ConcurrencyConflict) and answers COMPANY_NAME_TAKEN when a concurrent request took the name first.
 */
export interface CompanyRepository {
  getById(id: string): Promise<Company>;
  find(id: string): Promise<Company | undefined>;
  /** The live company with this name, compared without case. */
  findByName(name: string): Promise<Company | undefined>;
  countSubsidiaries(parentId: string): Promise<number>;
  /** Newest first. */
  findPage(filter: CompanyFilter, offset: number, limit: number): Promise<{ items: Company[]; total: number }>;
  /**
   * Held until the transaction ends: two requests that change the hierarchy (a new parent, a delete)
   * run one after the other, so neither checks its rule against a state the other is changing.
   */
  lockHierarchy(): Promise<void>;
  save(company: Company): Promise<void>;
}
