import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { DeletePaymentMethod } from './delete-payment-method.command';

@CommandHandler(DeletePaymentMethod)
export class DeletePaymentMethodHandler implements ICommandHandler<DeletePaymentMethod, void> {
  constructor(@Inject(PAYMENT_METHOD_REPOSITORY) private readonly paymentMethods: PaymentMethodRepository) {}

  async execute({ paymentMethodId }: DeletePaymentMethod): Promise<void> {
    const paymentMethod = await this.paymentMethods.getById(paymentMethodId);
    paymentMethod.delete();
    await this.paymentMethods.save(paymentMethod);
  }
}
