import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { GetPlan } from './get-plan.query';

@QueryHandler(GetPlan)
export class GetPlanHandler implements IQueryHandler<GetPlan, Plan> {
  constructor(@Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository) {}

  execute({ code }: GetPlan): Promise<Plan> {
    return this.plans.getByCode(code);
  }
}
