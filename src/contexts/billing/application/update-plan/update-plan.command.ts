import { Command } from '@nestjs/cqrs';
import { Patch } from '@promenade/ddd';
import { PlanTerms } from '../../domain/plan/plan-terms';

/** Changes some of a plan's terms, named by its code; a field left out stays as it is. */
export class UpdatePlan extends Command<void> {
  constructor(
    readonly code: string,
    readonly changes: Patch<PlanTerms>,
  ) {
    super();
  }
}
