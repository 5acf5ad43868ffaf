import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PlanNotFound } from '../../domain/plan/plan.errors';
import { PlanRepository } from '../../domain/plan/plan.repository';
import { planMapper } from './plan.mapper';
import { PlanModel } from './plan.model';

@Injectable()
export class PlanTypeOrmRepository extends TypeOrmAggregateRepository<Plan, PlanModel> implements PlanRepository {
  constructor(uow: UnitOfWork) {
    super(uow, PlanModel, planMapper);
  }

  async getById(id: string): Promise<Plan> {
    const plan = await this.findById(id);
    if (!plan) throw new PlanNotFound(id);
    return plan;
  }
}
