import { Invoice } from './invoice.aggregate';
import { InvoiceKind, InvoiceStatus } from './invoice-status';

export const INVOICE_REPOSITORY = Symbol('InvoiceRepository');

export interface InvoiceFilter {
  customerId?: string;
  status?: InvoiceStatus;
  kind?: InvoiceKind;
}

/**
 * Where invoices (and credit notes) are kept. `getById` throws InvoiceNotFound, also when `ownerId` is given
 * and the invoice belongs to another customer: to a caller limited to their own, someone else's invoice does
 * not exist. `save` is optimistic (ConcurrencyConflict) and refuses a second invoice for one source reference
 * (InvoiceSourceReferenceTaken).
 */
export interface InvoiceRepository {
  getById(id: string, ownerId?: string): Promise<Invoice>;
  /**
   * As getById, its row locked (SELECT … FOR UPDATE) until the command's transaction ends: whatever decides on what the
   * invoice may still be paid (a charge, a void, a refund's credit) waits for the one before it, provider call included.
   */
  lockById(id: string, ownerId?: string): Promise<Invoice>;
  findBySourceReference(sourceReference: string): Promise<Invoice | null>;
  findPage(filter: InvoiceFilter, offset: number, limit: number): Promise<{ items: Invoice[]; total: number }>;
  save(invoice: Invoice): Promise<void>;
}
