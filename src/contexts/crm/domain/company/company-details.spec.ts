import { InvalidCurrency, InvalidMoneyAmount } from '@promenade/ddd';
import { COMPANY_LEGAL_TYPES } from './company-legal-type';
import { COMPANY_SIZES } from './company-size';
import { changedFields, companyDetails, CompanyDetailsInput } from './company-details';
import { CompanyDetailsInvalid } from './company.errors';

const minimal: CompanyDetailsInput = { name: 'Acme', legalType: 'llc', size: 'small' };

describe('companyDetails', () => {
  it('keeps the required fields and gives every optional one none', () => {
    expect(companyDetails(minimal)).toEqual({
      name: 'Acme',
      legalType: 'llc',
      size: 'small',
      industry: null,
      taxId: null,
      employeeCount: null,
      annualRevenue: null,
    });
  });

  it('keeps every optional field given, the revenue as Money in minor units', () => {
    const details = companyDetails({
      ...minimal,
      industry: ' Manufacturing ',
      taxId: 'DE123456789',
      employeeCount: 42,
      annualRevenue: { amount: 125_000_000, currency: 'EUR' },
    });

    expect(details).toMatchObject({ industry: 'Manufacturing', taxId: 'DE123456789', employeeCount: 42 });
    expect(details.annualRevenue?.toJSON()).toEqual({ amount: 125_000_000, currency: 'EUR' });
  });

  it('trims the name and treats blank optional text as none', () => {
    expect(companyDetails({ ...minimal, name: '  Acme GmbH  ', industry: '   ', taxId: '' })).toMatchObject({
      name: 'Acme GmbH',
      industry: null,
      taxId: null,
    });
  });

  it.each(COMPANY_LEGAL_TYPES)('accepts the legal type %s', (legalType) => {
    expect(companyDetails({ ...minimal, legalType }).legalType).toBe(legalType);
  });

  it('lists the legal types the issue names, and the sizes from micro to enterprise in order', () => {
    expect(COMPANY_LEGAL_TYPES).toEqual(['llc', 'corporation', 'sole_proprietor', 'partnership', 'non_profit', 'other']);
    expect(COMPANY_SIZES).toEqual(['micro', 'small', 'medium', 'large', 'enterprise']);
  });

  it.each(COMPANY_SIZES)('accepts the size %s', (size) => {
    expect(companyDetails({ ...minimal, size }).size).toBe(size);
  });

  it('accepts zero employees', () => {
    expect(companyDetails({ ...minimal, employeeCount: 0 }).employeeCount).toBe(0);
  });

  it.each([
    ['a blank name', { name: '   ' }],
    ['a name over 200 characters', { name: 'x'.repeat(201) }],
    ['an unknown legal type', { legalType: 'gmbh' }],
    ['an unknown size', { size: 'huge' }],
    ['a negative employee count', { employeeCount: -1 }],
    ['a fractional employee count', { employeeCount: 2.5 }],
    ['an employee count over the integer range', { employeeCount: 2_147_483_648 }],
    ['a negative annual revenue', { annualRevenue: { amount: -1, currency: 'EUR' } }],
    ['an industry over 100 characters', { industry: 'x'.repeat(101) }],
    ['a tax id over 64 characters', { taxId: 'x'.repeat(65) }],
  ])('refuses %s with COMPANY_DETAILS_INVALID', (_case, change) => {
    const attempt = () => companyDetails({ ...minimal, ...change });

    expect(attempt).toThrow(CompanyDetailsInvalid);
    expect(attempt).toThrow(expect.objectContaining({ code: 'COMPANY_DETAILS_INVALID', kind: 'invalid' }));
  });

  it('refuses a revenue in an unknown currency with CURRENCY_INVALID', () => {
    expect(() => companyDetails({ ...minimal, annualRevenue: { amount: 1, currency: 'XYZ' } })).toThrow(InvalidCurrency);
  });

  it('refuses a revenue that is not whole minor units with MONEY_AMOUNT_INVALID', () => {
    expect(() => companyDetails({ ...minimal, annualRevenue: { amount: 10.5, currency: 'EUR' } })).toThrow(InvalidMoneyAmount);
  });
});

describe('changedFields', () => {
  it('names only the fields whose value differs, comparing money by value', () => {
    const before = companyDetails({ ...minimal, annualRevenue: { amount: 100, currency: 'EUR' } });
    const same = companyDetails({ ...minimal, annualRevenue: { amount: 100, currency: 'EUR' } });
    const after = companyDetails({ ...minimal, size: 'large', annualRevenue: { amount: 100, currency: 'USD' } });

    expect(changedFields(before, same)).toEqual([]);
    expect(changedFields(before, after)).toEqual(['size', 'annualRevenue']);
  });
});
