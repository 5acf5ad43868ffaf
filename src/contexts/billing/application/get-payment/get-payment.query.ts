import { Query } from '@nestjs/cqrs';
import { Payment } from '../../domain/payment/payment.aggregate';

export class GetPayment extends Query<Payment> {
  constructor(
    readonly paymentId: string,
    /** Only this customer's payment is found; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
