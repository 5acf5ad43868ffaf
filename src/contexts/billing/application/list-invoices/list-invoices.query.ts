import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceFilter } from '../../domain/invoice/invoice.repository';

export class ListInvoices extends Query<Page<Invoice>> {
  constructor(
    readonly filter: InvoiceFilter,
    readonly page: number,
    readonly limit: number,
    /** Only this customer's invoices are listed; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
