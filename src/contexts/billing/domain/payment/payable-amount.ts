import { Money } from '@promenade/ddd';
import { Invoice } from '../invoice/invoice.aggregate';
import { InvoiceNotPayable, PaymentExceedsBalance } from '../invoice/invoice.errors';
import { awaitingCapture } from './open-payments';
import { InvoicePaymentOpen, PaymentCurrencyMismatch } from './payment.errors';
import { Payment } from './payment.aggregate';

/**
 * What a charge of this invoice may take, checked before the provider is asked (a card is never charged for
 * what the invoice would then refuse): the open amount less what its open payments (pending, requires_action) may
 * still capture, by default; any part of it when named. Nothing left beside an open payment: INVOICE_PAYMENT_OPEN.
 */
export function payableAmount(invoice: Invoice, openPayments: readonly Payment[], requested?: Money): Money {
  const open = invoice.openAmount;
  if (open.minor <= 0n) throw new InvoiceNotPayable(invoice.id, invoice.kind, invoice.status);
  const awaiting = awaitingCapture(invoice, openPayments);
  const payable = open.minor - awaiting;
  if (payable <= 0n) throw new InvoicePaymentOpen(invoice.id, awaiting, 'charged again');
  const amount = requested ?? Money.of(payable, invoice.currency);
  if (!amount.currency.equals(invoice.currency)) throw new PaymentCurrencyMismatch(invoice.currency.code, amount.currency.code);
  if (amount.minor > payable) throw new PaymentExceedsBalance(invoice.id, amount.minor, payable);
  return amount;
}
