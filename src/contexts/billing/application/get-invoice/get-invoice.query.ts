import { Query } from '@nestjs/cqrs';
import { Invoice } from '../../domain/invoice/invoice.aggregate';

export class GetInvoice extends Query<Invoice> {
  constructor(readonly invoiceId: string) {
    super();
  }
}
