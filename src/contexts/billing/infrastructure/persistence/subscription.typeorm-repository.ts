import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork, uniqueViolation } from '@promenade/persistence';
import { In } from 'typeorm';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { LIVE_SUBSCRIPTION_STATUSES } from '../../domain/subscription/subscription-status';
import { SubscriptionAlreadyExists, SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionFilter, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { subscriptionMapper } from './subscription.mapper';
import { SubscriptionModel } from './subscription.model';

/** The partial unique index on (customer_id, plan_code) of live subscriptions, named in the migration. */
const ONE_LIVE_PER_PLAN = 'UQ_subscriptions_live_per_plan';

@Injectable()
export class SubscriptionTypeOrmRepository
  extends TypeOrmAggregateRepository<Subscription, SubscriptionModel>
  implements SubscriptionRepository
{
  constructor(uow: UnitOfWork) {
    super(uow, SubscriptionModel, subscriptionMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Subscription> {
    const row = await this.models.findOneBy(ownerId === undefined ? { id } : { id, customerId: ownerId });
    if (!row) throw new SubscriptionNotFound(id);
    return subscriptionMapper.toDomain(row);
  }

  async findPage(filter: SubscriptionFilter, offset: number, limit: number): Promise<{ items: Subscription[]; total: number }> {
    const where = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    // Ids are UUIDv7: by id descending is newest first, with no tie between two created in the same millisecond.
    const [rows, total] = await this.models.findAndCount({ where, order: { id: 'DESC' }, skip: offset, take: limit });
    return { items: rows.map((row) => subscriptionMapper.toDomain(row)), total };
  }

  async findLive(customerId: string, planCode: string): Promise<Subscription | null> {
    const row = await this.models.findOneBy({ customerId, planCode, status: In([...LIVE_SUBSCRIPTION_STATUSES]) });
    return row ? subscriptionMapper.toDomain(row) : null;
  }

  /** Callers look for a live one first; two starts at once both pass that, and the index stops the second. */
  override async save(subscription: Subscription): Promise<void> {
    try {
      await super.save(subscription);
    } catch (error) {
      if (uniqueViolation(error) === ONE_LIVE_PER_PLAN) throw new SubscriptionAlreadyExists(subscription.customerId, subscription.planCode);
      throw error;
    }
  }
}
