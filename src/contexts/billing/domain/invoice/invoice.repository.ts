import { Invoice } from './invoice.aggregate';

export const INVOICE_REPOSITORY = Symbol('InvoiceRepository');

/** Where invoices are kept. `getById` throws InvoiceNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface InvoiceRepository {
  getById(id: string): Promise<Invoice>;
  save(invoice: Invoice): Promise<void>;
}
