import { Command } from '@nestjs/cqrs';
import { NewPlan } from '../../domain/plan/plan.aggregate';

/** Adds a plan customers may subscribe to (active unless told otherwise); answers its code. */
export class CreatePlan extends Command<string> {
  constructor(readonly plan: NewPlan) {
    super();
  }
}
