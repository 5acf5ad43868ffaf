import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { CreatePayment } from './create-payment.command';

@CommandHandler(CreatePayment)
export class CreatePaymentHandler implements ICommandHandler<CreatePayment, string> {
  constructor(@Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository) {}

  async execute(_command: CreatePayment): Promise<string> {
    const payment = Payment.create();
    await this.payments.save(payment);
    return payment.id;
  }
}
