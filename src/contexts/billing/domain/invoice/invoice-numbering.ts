export const INVOICE_NUMBERING = Symbol('InvoiceNumbering');

/** A numbering series: invoices and credit notes count separately. */
export type InvoiceSeries = 'INV' | 'CN';

/**
 * Hands out document numbers without gaps, per series and year: INV-2026-000001, INV-2026-000002, …
 * A number is taken inside the issuing transaction and only becomes final when it commits; a rolled-back
 * issue gives it back, and two concurrent issues never get the same one.
 */
export interface InvoiceNumbering {
  next(series: InvoiceSeries, year: number): Promise<string>;
}

/** `INV-2026-000042`: six digits at least, so the numbers of one year sort as text too. */
export function formatInvoiceNumber(series: InvoiceSeries, year: number, sequence: number): string {
  return `${series}-${year}-${String(sequence).padStart(6, '0')}`;
}
