import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { GetPayment } from './get-payment.query';

@QueryHandler(GetPayment)
export class GetPaymentHandler implements IQueryHandler<GetPayment, Payment> {
  constructor(@Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository) {}

  execute({ paymentId, ownerId }: GetPayment): Promise<Payment> {
    return this.payments.getById(paymentId, ownerId);
  }
}
