import { Query } from '@nestjs/cqrs';
import { Plan } from '../../domain/plan/plan.aggregate';

export class GetPlan extends Query<Plan> {
  constructor(readonly code: string) {
    super();
  }
}
