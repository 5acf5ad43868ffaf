import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { ListPlans } from './list-plans.query';

@QueryHandler(ListPlans)
export class ListPlansHandler implements IQueryHandler<ListPlans, Page<Plan>> {
  constructor(@Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository) {}

  async execute({ filter, page, limit }: ListPlans): Promise<Page<Plan>> {
    const { items, total } = await this.plans.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
