import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionFilter, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
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
}
