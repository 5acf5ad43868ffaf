import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { SubscriptionCharges } from '../subscription-charges/subscription-charges';
import { CreateSubscription } from './create-subscription.command';

@CommandHandler(CreateSubscription)
export class CreateSubscriptionHandler implements ICommandHandler<CreateSubscription, string> {
  constructor(
    @Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository,
    @Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository,
    @Inject(PAYMENT_METHOD_REPOSITORY) private readonly paymentMethods: PaymentMethodRepository,
    private readonly charges: SubscriptionCharges,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId, planCode, paymentMethodId }: CreateSubscription): Promise<string> {
    const plan = await this.plans.getByCode(planCode);
    await this.paymentMethods.getById(paymentMethodId, customerId); // PAYMENT_METHOD_NOT_FOUND for a method not theirs
    const now = this.clock.now();
    const subscription = Subscription.start(customerId, plan, paymentMethodId, now);
    if (!subscription.isTrialing) await this.charges.invoiceAndCharge(subscription, plan, now);
    await this.subscriptions.save(subscription);
    return subscription.id;
  }
}
