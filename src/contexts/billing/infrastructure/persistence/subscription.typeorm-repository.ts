import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { subscriptionMapper } from './subscription.mapper';
import { SubscriptionModel } from './subscription.model';

@Injectable()
export class SubscriptionTypeOrmRepository
  extends TypeOrmAggregateRepository<Subscription, SubscriptionModel>
  implements SubscriptionRepository
{
  constructor(uow: UnitOfWork) {
    super(uow, SubscriptionModel, subscriptionMapper);
  }

  async getById(id: string): Promise<Subscription> {
    const subscription = await this.findById(id);
    if (!subscription) throw new SubscriptionNotFound(id);
    return subscription;
  }
}
