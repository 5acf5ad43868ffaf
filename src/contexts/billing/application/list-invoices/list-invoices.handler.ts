import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { ListInvoices } from './list-invoices.query';

@QueryHandler(ListInvoices)
export class ListInvoicesHandler implements IQueryHandler<ListInvoices, Page<Invoice>> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute({ filter, page, limit, ownerId }: ListInvoices): Promise<Page<Invoice>> {
    // The owner scope wins over the filter: a caller limited to one customer never lists another's.
    const { items, total } = await this.invoices.findPage(
      { ...filter, customerId: ownerId ?? filter.customerId },
      (page - 1) * limit,
      limit,
    );
    return { items, page, limit, total };
  }
}
