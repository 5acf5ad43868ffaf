import { CompanyCreated } from '../events/company-created.event';
import { CompanyDeleted } from '../events/company-deleted.event';
import { CompanyParentChanged } from '../events/company-parent-changed.event';
import { CompanyUpdated } from '../events/company-updated.event';
import { companyDetails } from './company-details';
import { Company } from './company.aggregate';
import { CompanyDetailsInvalid, CompanyHasSubsidiaries, CompanyNotFound, CompanyParentSelf } from './company.errors';

const PARENT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const OTHER_PARENT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const NOW = new Date('2026-01-01T00:00:00Z');

function acme(parentId: string | null = null): Company {
  const company = Company.create(companyDetails({ name: 'Acme', legalType: 'llc', size: 'small', industry: 'Retail' }), parentId, NOW);
  company.pullEvents();
  return company;
}

describe('Company', () => {
  it('is created with a new id, its details and parent, and raises CompanyCreated', () => {
    const company = Company.create(companyDetails({ name: 'Acme', legalType: 'corporation', size: 'large' }), PARENT, NOW);

    expect(company.isNew).toBe(true);
    expect(company).toMatchObject({
      name: 'Acme',
      legalType: 'corporation',
      size: 'large',
      parentId: PARENT,
      deletedAt: null,
      createdAt: NOW,
    });
    const [event] = company.pullEvents();
    expect(event).toBeInstanceOf(CompanyCreated);
    expect(event.eventName).toBe('crm.company-created');
    expect((event as CompanyCreated).payload).toEqual({
      companyId: company.id,
      name: 'Acme',
      legalType: 'corporation',
      size: 'large',
      parentId: PARENT,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('is restored as stored, raising nothing', () => {
    const company = Company.restore({
      id: PARENT,
      version: 3,
      details: companyDetails({ name: 'Acme', legalType: 'llc', size: 'micro' }),
      parentId: null,
      deletedAt: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(company.version).toBe(3);
    expect(company.pullEvents()).toEqual([]);
  });

  describe('update', () => {
    it('changes only the fields given, keeps the others, and raises CompanyUpdated naming them', () => {
      const company = acme();

      expect(company.update({ size: 'medium', employeeCount: 80, annualRevenue: { amount: 5_000_000, currency: 'EUR' } })).toBe(true);

      expect(company).toMatchObject({ name: 'Acme', legalType: 'llc', size: 'medium', industry: 'Retail', employeeCount: 80 });
      expect(company.annualRevenue?.toJSON()).toEqual({ amount: 5_000_000, currency: 'EUR' });
      const [event] = company.pullEvents();
      expect(event).toBeInstanceOf(CompanyUpdated);
      expect((event as CompanyUpdated).payload).toEqual({
        companyId: company.id,
        changed: ['size', 'employeeCount', 'annualRevenue'],
        name: 'Acme',
        size: 'medium',
      });
    });

    it('clears an optional field sent as null', () => {
      const company = acme();

      company.update({ industry: null });

      expect(company.industry).toBeNull();
    });

    it('changes nothing and raises nothing when the fields are sent as they are', () => {
      const company = acme();

      expect(company.update({ name: ' Acme ', size: 'small', industry: 'Retail' })).toBe(false);
      expect(company.pullEvents()).toEqual([]);
    });

    it('checks the result with the creation rules and keeps the company unchanged when one is broken', () => {
      const company = acme();

      expect(() => company.update({ size: 'medium', employeeCount: -5 })).toThrow(CompanyDetailsInvalid);
      expect(company).toMatchObject({ size: 'small', employeeCount: null });
      expect(company.pullEvents()).toEqual([]);
    });
  });

  describe('changeParent', () => {
    it('moves the company under a parent and raises CompanyParentChanged with the previous one', () => {
      const company = acme(PARENT);

      expect(company.changeParent(OTHER_PARENT)).toBe(true);

      expect(company.parentId).toBe(OTHER_PARENT);
      const [event] = company.pullEvents();
      expect(event).toBeInstanceOf(CompanyParentChanged);
      expect((event as CompanyParentChanged).payload).toEqual({ companyId: company.id, parentId: OTHER_PARENT, previousParentId: PARENT });
    });

    it('moves the company to the top with null', () => {
      const company = acme(PARENT);

      company.changeParent(null);

      expect(company.parentId).toBeNull();
      expect((company.pullEvents()[0] as CompanyParentChanged).payload).toMatchObject({ parentId: null, previousParentId: PARENT });
    });

    it('changes nothing when the parent is the one it has', () => {
      const company = acme(PARENT);

      expect(company.changeParent(PARENT)).toBe(false);
      expect(company.pullEvents()).toEqual([]);
    });

    it('refuses the company itself as parent with COMPANY_PARENT_SELF', () => {
      const company = acme();

      expect(() => company.changeParent(company.id)).toThrow(CompanyParentSelf);
      expect(() => company.changeParent(company.id)).toThrow(expect.objectContaining({ code: 'COMPANY_PARENT_SELF', kind: 'invalid' }));
      expect(company.parentId).toBeNull();
    });
  });

  describe('delete', () => {
    it('soft-deletes a company without live subsidiaries and raises CompanyDeleted', () => {
      const company = acme();
      const at = new Date('2026-02-01T00:00:00Z');

      company.delete(0, at);

      expect(company.isDeleted).toBe(true);
      expect(company.deletedAt).toEqual(at);
      const [event] = company.pullEvents();
      expect(event).toBeInstanceOf(CompanyDeleted);
      expect((event as CompanyDeleted).payload).toEqual({ companyId: company.id, deletedAt: '2026-02-01T00:00:00.000Z' });
    });

    it('refuses to delete a parent with live subsidiaries with COMPANY_HAS_SUBSIDIARIES', () => {
      const company = acme();

      expect(() => company.delete(2)).toThrow(CompanyHasSubsidiaries);
      expect(() => company.delete(1)).toThrow(expect.objectContaining({ code: 'COMPANY_HAS_SUBSIDIARIES', kind: 'conflict' }));
      expect(company.isDeleted).toBe(false);
    });

    it('answers COMPANY_NOT_FOUND to every change of a deleted company', () => {
      const company = acme();
      company.delete(0);

      expect(() => company.delete(0)).toThrow(CompanyNotFound);
      expect(() => company.update({ size: 'large' })).toThrow(CompanyNotFound);
      expect(() => company.changeParent(PARENT)).toThrow(CompanyNotFound);
    });
  });
});
