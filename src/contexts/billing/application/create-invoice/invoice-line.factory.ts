import { Money } from '@promenade/ddd';
import { InvoiceLine } from '../../domain/invoice/invoice-line';
import { NewInvoiceLine } from './create-invoice.command';

/** One place that turns a requested line into the domain's InvoiceLine (create, update and invoice-order). */
export function toInvoiceLine({ description, quantity, unitPrice, taxRate }: NewInvoiceLine): InvoiceLine {
  return InvoiceLine.of(description, quantity, Money.of(unitPrice.amount, unitPrice.currency), taxRate);
}
