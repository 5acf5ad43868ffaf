import { Money } from '@promenade/ddd';
import { Invoice } from '../invoice/invoice.aggregate';
import { InvoiceNotPayable, PaymentExceedsBalance } from '../invoice/invoice.errors';
import { PaymentCurrencyMismatch } from './payment.errors';

/**
 * What a charge of this invoice may take, checked before the provider is asked (a card is never charged for
 * what the invoice would then refuse): the open amount by default, any part of it when named.
 */
export function payableAmount(invoice: Invoice, requested?: Money): Money {
  const open = invoice.openAmount;
  if (open.minor <= 0n) throw new InvoiceNotPayable(invoice.id, invoice.kind, invoice.status);
  const amount = requested ?? open;
  if (!amount.currency.equals(invoice.currency)) throw new PaymentCurrencyMismatch(invoice.currency.code, amount.currency.code);
  if (amount.minor > open.minor) throw new PaymentExceedsBalance(invoice.id, amount.minor, open.minor);
  return amount;
}
