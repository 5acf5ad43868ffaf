import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { CreatePaymentMethod } from './create-payment-method.command';

@CommandHandler(CreatePaymentMethod)
export class CreatePaymentMethodHandler implements ICommandHandler<CreatePaymentMethod, string> {
  constructor(@Inject(PAYMENT_METHOD_REPOSITORY) private readonly paymentMethods: PaymentMethodRepository) {}

  async execute(_command: CreatePaymentMethod): Promise<string> {
    const paymentMethod = PaymentMethod.create();
    await this.paymentMethods.save(paymentMethod);
    return paymentMethod.id;
  }
}
