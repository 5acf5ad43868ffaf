import { Currency, Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceLine } from '../../domain/invoice/invoice-line';
import { InvoiceKind, InvoiceStatus } from '../../domain/invoice/invoice-status';
import { InvoiceModel } from './invoice.model';

export const invoiceMapper: AggregateMapper<Invoice, InvoiceModel> = {
  toDomain(model) {
    const currency = Currency.of(model.currency);
    return Invoice.restore({
      id: model.id,
      version: model.version,
      kind: model.kind as InvoiceKind,
      customerId: model.customerId,
      currency,
      lines: model.lines.map((l) => InvoiceLine.of(l.description, l.quantity, Money.of(l.unitPrice, currency), l.taxRate)),
      status: model.status as InvoiceStatus,
      number: model.number,
      issuedAt: model.issuedAt,
      dueDate: model.dueDate,
      notes: model.notes,
      sourceReference: model.sourceReference,
      creditedInvoiceId: model.creditedInvoiceId,
      amountPaid: Money.of(BigInt(model.amountPaid), currency),
      amountCredited: Money.of(BigInt(model.amountCredited), currency),
      paidAt: model.paidAt,
      voidedAt: model.voidedAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(invoice) {
    return Object.assign(new InvoiceModel(), {
      id: invoice.id,
      kind: invoice.kind,
      customerId: invoice.customerId,
      currency: invoice.currency.code,
      status: invoice.status,
      number: invoice.number,
      lines: invoice.lines.map((l) => ({
        description: l.description,
        quantity: l.quantity,
        unitPrice: l.unitPrice.amount,
        taxRate: l.taxRate,
      })),
      totalAmount: invoice.total.minor.toString(),
      amountPaid: invoice.amountPaid.minor.toString(),
      amountCredited: invoice.amountCredited.minor.toString(),
      issuedAt: invoice.issuedAt,
      dueDate: invoice.dueDate,
      notes: invoice.notes,
      sourceReference: invoice.sourceReference,
      creditedInvoiceId: invoice.creditedInvoiceId,
      paidAt: invoice.paidAt,
      voidedAt: invoice.voidedAt,
      createdAt: invoice.createdAt,
    });
  },
};
