import { CompanyCreated } from '../../contracts/company-created.event';
import { Company } from '../../domain/company.aggregate';
import { CompanyNotFound } from '../../domain/company.errors';
import { CompanyRepository } from '../../domain/company.repository';
import { CreateCompany } from './create-company.command';
import { CreateCompanyHandler } from './create-company.handler';

function inMemory(...stored: Company[]): CompanyRepository & { saved: Company[] } {
  const saved: Company[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((company) => company.id === id);
      if (!found) throw new CompanyNotFound(id);
      return found;
    },
    save: async (company) => void saved.push(company),
  };
}

describe('CreateCompanyHandler', () => {
  it('saves a new company that raised CompanyCreated, and answers its id', async () => {
    const repository = inMemory();
    const id = await new CreateCompanyHandler(repository).execute(new CreateCompany());
    expect(repository.saved.map((company) => company.id)).toEqual([id]);
    expect(repository.saved[0].pullEvents()).toEqual([expect.any(CompanyCreated)]);
  });
});
