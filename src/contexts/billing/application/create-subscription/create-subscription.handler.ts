import { createHash } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionAlreadyExists } from '../../domain/subscription/subscription.errors';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { SubscriptionCharges } from '../subscription-charges/subscription-charges';
import { CreateSubscription } from './create-subscription.command';

/**
 * The first charge's idempotency key, from the customer and the request's Idempotency-Key: a retry of a request whose
 * answer was lost (its subscription rolled back, a new id the second time) charges under the same key, and the
 * provider answers the first charge instead of making a second. Hashed: the header is the client's text.
 */
export function firstChargeKeyOf(customerId: string, requestKey: string): string {
  return `subscription-request:${createHash('sha256').update(`${customerId}\n${requestKey}`).digest('hex')}`;
}

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
    if (!subscription.isTrialing) await this.charges.invoiceAndCharge(subscription, plan, now, firstChargeKeyOf(customerId, requestKey));
    await this.subscriptions.save(subscription);
    return subscription.id;
  }
}
