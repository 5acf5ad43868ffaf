import { Command } from '@nestjs/cqrs';

export class UpdatePlan extends Command<void> {
  constructor(readonly planId: string) {
    super();
  }
}
