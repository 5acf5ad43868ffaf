import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { GetPaymentMethod } from './get-payment-method.query';

@QueryHandler(GetPaymentMethod)
export class GetPaymentMethodHandler implements IQueryHandler<GetPaymentMethod, PaymentMethod> {
  constructor(@Inject(PAYMENT_METHOD_REPOSITORY) private readonly methods: PaymentMethodRepository) {}

  execute({ paymentMethodId, ownerId }: GetPaymentMethod): Promise<PaymentMethod> {
    return this.methods.getById(paymentMethodId, ownerId);
  }
}
