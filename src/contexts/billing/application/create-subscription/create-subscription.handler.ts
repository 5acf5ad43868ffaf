import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionAlreadyExists } from '../../domain/subscription/subscription.errors';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { requestKeyOf } from '../request-key/request-key';
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

  async execute({ customerId, planCode, paymentMethodId, requestKey }: CreateSubscription): Promise<string> {
    const plan = await this.plans.getByCode(planCode);
    await this.paymentMethods.getById(paymentMethodId, customerId); // PAYMENT_METHOD_NOT_FOUND for a method not theirs
    // Before anything is charged; the unique index stops two racing starts at the save.
    if (await this.subscriptions.findLive(customerId, plan.code)) throw new SubscriptionAlreadyExists(customerId, plan.code);
    const now = this.clock.now();
    const subscription = Subscription.start(customerId, plan, paymentMethodId, now);
    // The first charge is keyed by the request, not the new subscription's id: a retry of a request that charged but
    // never committed (its subscription lost, a new id the second time) gets the first charge back from the provider.
    const chargeKey = requestKeyOf('subscription', customerId, requestKey);
    if (!subscription.isTrialing) await this.charges.invoiceAndCharge(subscription, plan, now, chargeKey);
    await this.subscriptions.save(subscription);
    return subscription.id;
  }
}
