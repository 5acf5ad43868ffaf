import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PlanCodeTaken, PlanNotFound } from '../../domain/plan/plan.errors';
import { PlanFilter, PlanRepository } from '../../domain/plan/plan.repository';
import { planMapper } from './plan.mapper';
import { PlanModel } from './plan.model';

/** The unique index on code of the CreatePlans migration. */
const ONE_PLAN_PER_CODE = 'plans_code_unique';

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

  async getByCode(code: string): Promise<Plan> {
    const row = await this.models.findOneBy({ code });
    if (!row) throw new PlanNotFound(code);
    return planMapper.toDomain(row);
  }

  async findPage(filter: PlanFilter, offset: number, limit: number): Promise<{ items: Plan[]; total: number }> {
    const [rows, total] = await this.models.findAndCount({
      where: filter.active === undefined ? {} : { active: filter.active },
      order: { code: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items: rows.map((row) => planMapper.toDomain(row)), total };
  }

  /** Two requests creating one code race past any read; the index stops the second: PLAN_CODE_TAKEN, not a database error. */
  override async save(plan: Plan): Promise<void> {
    try {
      await super.save(plan);
    } catch (error) {
      if (uniqueViolation(error) === ONE_PLAN_PER_CODE) throw new PlanCodeTaken(plan.code);
      throw error;
    }
  }
}
