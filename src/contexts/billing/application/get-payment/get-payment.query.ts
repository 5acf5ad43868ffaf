import { Query } from '@nestjs/cqrs';
import { Payment } from '../../domain/payment/payment.aggregate';

export class GetPayment extends Query<Payment> {
  constructor(readonly paymentId: string) {
    super();
  }
}
