import { Query } from '@nestjs/cqrs';
import { Invoice } from '../../domain/invoice/invoice.aggregate';

export class GetInvoice extends Query<Invoice> {
  constructor(
    readonly invoiceId: string,
    /** Only this customer's invoices are reachable (another's is not found); undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
