import { Currency, Money } from '@promenade/ddd';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceLine } from '../../domain/invoice/invoice-line';
import { InvoiceNumbering } from '../../domain/invoice/invoice-numbering';

export const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
export const OTHER_CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

/** A stored draft (version 1) of 2 × 10.00 EUR at 20 % (total 24.00 EUR) for the customer: what the handler specs start from. */
export function aDraftInvoice(customerId = CUSTOMER, now = new Date('2026-01-10T08:00:00Z')): Invoice {
  const lines = [InvoiceLine.of('Consulting', 2, Money.of(1000, 'EUR'), 2000)];
  return asStored(Invoice.create({ customerId, currency: Currency.of('EUR'), lines }, now));
}

/** The draft issued (and, with `paidMinor`, paid that much), as stored. */
export async function anIssuedInvoice(numbering: InvoiceNumbering, paidMinor = 0, customerId = CUSTOMER): Promise<Invoice> {
  const invoice = aDraftInvoice(customerId);
  const now = new Date('2026-01-15T10:00:00Z');
  await invoice.issue(numbering, now);
  if (paidMinor > 0) invoice.recordPayment(Money.of(paidMinor, 'EUR'), now);
  return asStored(invoice);
}

/** As a repository gives it back: saved once, no events pending. */
function asStored(invoice: Invoice): Invoice {
  return Invoice.restore({ ...invoice.snapshot(), version: 1 });
}
