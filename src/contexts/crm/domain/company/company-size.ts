/** Smallest first, so the order of the list is the order of the sizes. */
export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;

/** A size band, chosen by the user (not derived from the employee count: bands differ by country and sector). */
export type CompanySize = (typeof COMPANY_SIZES)[number];

export function isCompanySize(value: string): value is CompanySize {
  return (COMPANY_SIZES as readonly string[]).includes(value);
}
