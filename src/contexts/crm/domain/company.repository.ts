import { Company } from './company.aggregate';

export const COMPANY_REPOSITORY = Symbol('CompanyRepository');

/** Where companies are kept. `getById` throws CompanyNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface CompanyRepository {
  getById(id: string): Promise<Company>;
  save(company: Company): Promise<void>;
}
