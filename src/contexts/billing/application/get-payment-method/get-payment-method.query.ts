import { Query } from '@nestjs/cqrs';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';

export class GetPaymentMethod extends Query<PaymentMethod> {
  constructor(
    readonly paymentMethodId: string,
    /** Only this customer's method is found; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
