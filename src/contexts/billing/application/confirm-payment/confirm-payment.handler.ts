import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { ConfirmPayment } from './confirm-payment.command';

@CommandHandler(ConfirmPayment)
export class ConfirmPaymentHandler implements ICommandHandler<ConfirmPayment, void> {
  constructor(@Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository) {}

  async execute({ paymentId }: ConfirmPayment): Promise<void> {
    const payment = await this.payments.getById(paymentId);
    payment.confirm();
    await this.payments.save(payment);
  }
}
