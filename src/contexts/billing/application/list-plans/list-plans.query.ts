import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PlanFilter } from '../../domain/plan/plan.repository';

/** Plans, by code. */
export class ListPlans extends Query<Page<Plan>> {
  constructor(
    readonly filter: PlanFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
