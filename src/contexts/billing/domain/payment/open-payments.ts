import { Invoice } from '../invoice/invoice.aggregate';
import { Payment } from './payment.aggregate';
import { InvoicePaymentOpen } from './payment.errors';

/** What the open payments of an invoice may still capture: a new charge may take only what is left beside it. */
export function awaitingCapture(invoice: Invoice, openPayments: readonly Payment[]): bigint {
  return openPayments.filter((p) => p.invoiceId === invoice.id && !p.isSettled).reduce((sum, p) => sum + p.amount.minor, 0n);
}

/** An invoice whose payment may still be captured is not voided: the money would arrive on a void invoice. */
export function assertNoOpenPayment(invoice: Invoice, openPayments: readonly Payment[], action: string): void {
  const awaiting = awaitingCapture(invoice, openPayments);
  if (awaiting > 0n) throw new InvoicePaymentOpen(invoice.id, awaiting, action);
}
