import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PaymentFilter } from '../../domain/payment/payment.repository';

export class ListPayments extends Query<Page<Payment>> {
  constructor(
    readonly filter: PaymentFilter,
    readonly page: number,
    readonly limit: number,
    /** Only this customer's payments are listed; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
