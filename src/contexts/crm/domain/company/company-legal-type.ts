export const COMPANY_LEGAL_TYPES = ['llc', 'corporation', 'sole_proprietor', 'partnership', 'non_profit', 'other'] as const;

/** The legal form a company is registered under; `other` for anything the list does not name. */
export type CompanyLegalType = (typeof COMPANY_LEGAL_TYPES)[number];

export function isCompanyLegalType(value: string): value is CompanyLegalType {
  return (COMPANY_LEGAL_TYPES as readonly string[]).includes(value);
}
