import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { GetInvoice } from './get-invoice.query';

@QueryHandler(GetInvoice)
export class GetInvoiceHandler implements IQueryHandler<GetInvoice, Invoice> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  execute({ invoiceId, ownerId }: GetInvoice): Promise<Invoice> {
    return this.invoices.getById(invoiceId, ownerId);
  }
}
