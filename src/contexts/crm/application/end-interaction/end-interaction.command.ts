import { Command } from '@nestjs/cqrs';

export class EndInteraction extends Command<void> {
  constructor(readonly interactionId: string) {
    super();
  }
}
