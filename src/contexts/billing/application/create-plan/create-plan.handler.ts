import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { CreatePlan } from './create-plan.command';

@CommandHandler(CreatePlan)
export class CreatePlanHandler implements ICommandHandler<CreatePlan, string> {
  constructor(@Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository) {}

  async execute(_command: CreatePlan): Promise<string> {
    const plan = Plan.create();
    await this.plans.save(plan);
    return plan.id;
  }
}
