import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { RefundPayment } from './refund-payment.command';

@CommandHandler(RefundPayment)
export class RefundPaymentHandler implements ICommandHandler<RefundPayment, void> {
  constructor(@Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository) {}

  async execute({ paymentId }: RefundPayment): Promise<void> {
    const payment = await this.payments.getById(paymentId);
    payment.refund();
    await this.payments.save(payment);
  }
}
