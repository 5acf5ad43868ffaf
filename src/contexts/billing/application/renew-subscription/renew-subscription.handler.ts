import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { SubscriptionCharges } from '../subscription-charges/subscription-charges';
import { RenewSubscription } from './renew-subscription.command';

@CommandHandler(RenewSubscription)
export class RenewSubscriptionHandler implements ICommandHandler<RenewSubscription, void> {
  private readonly logger = new Logger(RenewSubscriptionHandler.name);

  constructor(
    @Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository,
    @Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository,
    private readonly charges: SubscriptionCharges,
    private readonly clock: Clock,
  ) {}

  async execute({ subscriptionId, periodEnd }: RenewSubscription): Promise<void> {
    const subscription = await this.subscriptions.getById(subscriptionId);
    const plan = await this.plans.getByCode(subscription.planCode);
    const now = this.clock.now();
    const outcome = subscription.renewIfDue(periodEnd, plan.interval, now);
    if (outcome === 'nothing') {
      this.logger.log(
        `subscription ${subscriptionId} is ${subscription.status} until ${subscription.currentPeriodEnd.toISOString()}: nothing to renew at ${periodEnd.toISOString()}`,
      );
      return;
    }
    if (outcome === 'charge') await this.charges.invoiceAndCharge(subscription, plan, now);
    await this.subscriptions.save(subscription);
  }
}
