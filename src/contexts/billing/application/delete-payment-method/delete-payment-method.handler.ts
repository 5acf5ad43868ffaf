import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { DeletePaymentMethod } from './delete-payment-method.command';

@CommandHandler(DeletePaymentMethod)
export class DeletePaymentMethodHandler implements ICommandHandler<DeletePaymentMethod, void> {
  constructor(
    @Inject(PAYMENT_METHOD_REPOSITORY) private readonly methods: PaymentMethodRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ paymentMethodId, ownerId }: DeletePaymentMethod): Promise<void> {
    const method = await this.methods.getById(paymentMethodId, ownerId);
    method.delete(this.clock.now());
    await this.methods.save(method);
  }
}
