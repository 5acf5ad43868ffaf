import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Deal } from '../../domain/deal.aggregate';
import { DealNotFound } from '../../domain/deal.errors';
import { DealRepository } from '../../domain/deal.repository';
import { dealMapper } from './deal.mapper';
import { DealModel } from './deal.model';

@Injectable()
export class DealTypeOrmRepository extends TypeOrmAggregateRepository<Deal, DealModel> implements DealRepository {
  constructor(uow: UnitOfWork) {
    super(uow, DealModel, dealMapper);
  }

  async getById(id: string): Promise<Deal> {
    const deal = await this.findById(id);
    if (!deal) throw new DealNotFound(id);
    return deal;
  }
}
