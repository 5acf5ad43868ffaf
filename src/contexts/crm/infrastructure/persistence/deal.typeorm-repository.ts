import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { IsNull } from 'typeorm';
import { Deal } from '../../domain/deal/deal.aggregate';
import { DealNotFound } from '../../domain/deal/deal.errors';
import { DealFilter, DealRepository } from '../../domain/deal/deal.repository';
import { dealMapper } from './deal.mapper';
import { DealModel } from './deal.model';

@Injectable()
export class DealTypeOrmRepository extends TypeOrmAggregateRepository<Deal, DealModel> implements DealRepository {
  constructor(uow: UnitOfWork) {
    super(uow, DealModel, dealMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Deal> {
    // An undefined ownerId drops out of the WHERE clause: any owner.
    const row = await this.models.findOneBy({ id, ownerId, deletedAt: IsNull() });
    if (!row) throw new DealNotFound(id);
    return dealMapper.toDomain(row);
  }

  findPage(filter: DealFilter, offset: number, limit: number): Promise<{ items: Deal[]; total: number }> {
    return this.findPageWhere(
      { ownerId: filter.ownerId, customerId: filter.customerId, stage: filter.stage, deletedAt: IsNull() },
      offset,
      limit,
    );
  }
}
