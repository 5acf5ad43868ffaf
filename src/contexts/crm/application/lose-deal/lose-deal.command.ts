import { Command } from '@nestjs/cqrs';

export class LoseDeal extends Command<void> {
  constructor(readonly dealId: string) {
    super();
  }
}
