import { Currency, UnavailableCurrencies } from '@promenade/ddd';
import { dueDateOf } from '../../domain/invoice/due-date';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceCurrencyUnavailable, InvoiceSourceReferenceTaken } from '../../domain/invoice/invoice.errors';
import { InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { CreateInvoicePayload } from './create-invoice.command';
import { toInvoiceLine } from './invoice-line.factory';

/** A new draft from a request, every rule checked (the currency still accepted, the source reference unused); not saved. */
export async function draftInvoice(
  request: CreateInvoicePayload,
  invoices: InvoiceRepository,
  unavailableCurrencies: UnavailableCurrencies,
  now: Date,
): Promise<Invoice> {
  const currency = Currency.of(request.currency);
  if (await unavailableCurrencies.isUnavailable(currency.code)) throw new InvoiceCurrencyUnavailable(currency.code);
  const sourceReference = request.sourceReference ?? null;
  if (sourceReference !== null && (await invoices.findBySourceReference(sourceReference)))
    throw new InvoiceSourceReferenceTaken(sourceReference);
  return Invoice.create(
    {
      customerId: request.customerId,
      currency,
      lines: request.lines.map(toInvoiceLine),
      dueDate: typeof request.dueDate === 'string' ? dueDateOf(request.dueDate) : null,
      notes: request.notes ?? null,
      sourceReference,
    },
    now,
  );
}
