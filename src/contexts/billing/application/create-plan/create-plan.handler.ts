import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PLAN_REPOSITORY, PlanRepository } from '../../domain/plan/plan.repository';
import { CreatePlan } from './create-plan.command';

@CommandHandler(CreatePlan)
export class CreatePlanHandler implements ICommandHandler<CreatePlan, string> {
  constructor(
    @Inject(PLAN_REPOSITORY) private readonly plans: PlanRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ plan: input }: CreatePlan): Promise<string> {
    const plan = Plan.create(input, this.clock.now());
    await this.plans.save(plan); // PLAN_CODE_TAKEN from the unique index: no read-then-insert race to lose
    return plan.code;
  }
}
