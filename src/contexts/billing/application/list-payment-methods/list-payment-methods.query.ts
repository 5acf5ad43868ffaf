import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';

/** A customer's payment methods that are not deleted; undefined customer: everyone's. */
export class ListPaymentMethods extends Query<Page<PaymentMethod>> {
  constructor(
    readonly customerId: string | undefined,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
