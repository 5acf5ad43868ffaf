import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { UpdatePlan } from './update-plan.command';

@CommandHandler(UpdatePlan)
export class UpdatePlanHandler implements ICommandHandler<UpdatePlan, void> {
  constructor(@Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository) {}

  async execute({ code, changes }: UpdatePlan): Promise<void> {
    const plan = await this.plans.getByCode(code);
    if (plan.update(changes)) await this.plans.save(plan);
  }
}
