import { Money } from '@promenade/ddd';
import { CompanyLegalType, COMPANY_LEGAL_TYPES, isCompanyLegalType } from './company-legal-type';
import { CompanySize, COMPANY_SIZES, isCompanySize } from './company-size';
import { CompanyDetailsInvalid } from './company.errors';

export const COMPANY_NAME_MAX_LENGTH = 200;
export const COMPANY_INDUSTRY_MAX_LENGTH = 100;
export const COMPANY_TAX_ID_MAX_LENGTH = 64;
/** The employee_count column is a PostgreSQL integer. */
export const COMPANY_EMPLOYEE_COUNT_MAX = 2_147_483_647;

/** What a client sends: optional fields may be left out or null (none). */
export interface CompanyDetailsInput {
  name: string;
  legalType: string;
  size: string;
  industry?: string | null;
  taxId?: string | null;
  employeeCount?: number | null;
  annualRevenue?: { amount: number; currency: string } | null;
}

/** A company's own fields, each checked: only `companyDetails` makes one. */
export interface CompanyDetails {
  readonly name: string;
  readonly legalType: CompanyLegalType;
  readonly size: CompanySize;
  readonly industry: string | null;
  readonly taxId: string | null;
  readonly employeeCount: number | null;
  readonly annualRevenue: Money | null;
}

export type CompanyDetailField = keyof CompanyDetails;

/**
 * Checks and normalises the fields (text trimmed, a blank optional text is none). Throws
 * CompanyDetailsInvalid, or the Money errors (CURRENCY_INVALID, MONEY_AMOUNT_INVALID) for the revenue.
 */
export function companyDetails(input: CompanyDetailsInput): CompanyDetails {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '' || name.length > COMPANY_NAME_MAX_LENGTH) {
    throw new CompanyDetailsInvalid(`a company name is 1-${COMPANY_NAME_MAX_LENGTH} characters, not blank`);
  }
  if (!isCompanyLegalType(input.legalType)) {
    throw new CompanyDetailsInvalid(`legal type "${input.legalType}" is not one of ${COMPANY_LEGAL_TYPES.join(', ')}`);
  }
  if (!isCompanySize(input.size)) throw new CompanyDetailsInvalid(`size "${input.size}" is not one of ${COMPANY_SIZES.join(', ')}`);
  return {
    name,
    legalType: input.legalType,
    size: input.size,
    industry: optionalText('industry', input.industry, COMPANY_INDUSTRY_MAX_LENGTH),
    taxId: optionalText('tax id', input.taxId, COMPANY_TAX_ID_MAX_LENGTH),
    employeeCount: employeeCount(input.employeeCount),
    annualRevenue: annualRevenue(input.annualRevenue),
  };
}

/** The fields of `after` that differ from `before`, in a stable order. */
export function changedFields(before: CompanyDetails, after: CompanyDetails): CompanyDetailField[] {
  return (Object.keys(after) as CompanyDetailField[]).filter((field) => !sameValue(before[field], after[field]));
}

/** The details as a client would send them: lets a partial change be merged and checked as a whole. */
export function detailsInput(details: CompanyDetails): CompanyDetailsInput {
  return { ...details, annualRevenue: details.annualRevenue?.toJSON() ?? null };
}

function optionalText(label: string, value: string | null | undefined, maxLength: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > maxLength) throw new CompanyDetailsInvalid(`the ${label} is at most ${maxLength} characters`);
  return trimmed === '' ? null : trimmed;
}

function employeeCount(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > COMPANY_EMPLOYEE_COUNT_MAX) {
    throw new CompanyDetailsInvalid(`the employee count is a whole number from 0 to ${COMPANY_EMPLOYEE_COUNT_MAX}, not ${value}`);
  }
  return value;
}

function annualRevenue(value: { amount: number; currency: string } | null | undefined): Money | null {
  if (value === null || value === undefined) return null;
  const revenue = Money.of(value.amount, value.currency);
  if (revenue.isNegative()) throw new CompanyDetailsInvalid('the annual revenue cannot be negative');
  return revenue;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Money || b instanceof Money) return a instanceof Money && a.equals(b as Money);
  return a === b;
}
