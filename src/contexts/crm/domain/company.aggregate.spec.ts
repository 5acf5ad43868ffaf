import { CompanyCreated } from '../contracts/company-created.event';
import { Company } from './company.aggregate';

describe('Company', () => {
  it('is created with a new id and raises CompanyCreated', () => {
    const company = Company.create(new Date('2026-01-01T00:00:00Z'));
    expect(company.isNew).toBe(true);
    const [event] = company.pullEvents();
    expect(event).toBeInstanceOf(CompanyCreated);
    expect(event.eventName).toBe('crm.company-created');
    expect((event as CompanyCreated).payload).toEqual({ companyId: company.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const company = Company.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(company.version).toBe(3);
    expect(company.pullEvents()).toEqual([]);
  });
});
