import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { PAYMENT_PROVIDER, PaymentProvider } from '../../domain/payment/payment-provider';
import { CreatePaymentMethod } from './create-payment-method.command';

@CommandHandler(CreatePaymentMethod)
export class CreatePaymentMethodHandler implements ICommandHandler<CreatePaymentMethod, string> {
  constructor(
    @Inject(PAYMENT_METHOD_REPOSITORY) private readonly methods: PaymentMethodRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId, token, label }: CreatePaymentMethod): Promise<string> {
    // A token belongs to the provider that issued it: the one configured now.
    const method = PaymentMethod.create({ customerId, provider: this.provider.name, token, label }, this.clock.now());
    await this.methods.save(method);
    return method.id;
  }
}
