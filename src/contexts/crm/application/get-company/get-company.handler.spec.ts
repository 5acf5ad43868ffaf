import { Company } from '../../domain/company.aggregate';
import { CompanyNotFound } from '../../domain/company.errors';
import { CompanyRepository } from '../../domain/company.repository';
import { GetCompany } from './get-company.query';
import { GetCompanyHandler } from './get-company.handler';

describe('GetCompanyHandler', () => {
  const stored = Company.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: CompanyRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new CompanyNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetCompanyHandler(repository);

  it('answers the stored company', async () => {
    await expect(handler.execute(new GetCompany(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with COMPANY_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCompany('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'COMPANY_NOT_FOUND' });
  });
});
