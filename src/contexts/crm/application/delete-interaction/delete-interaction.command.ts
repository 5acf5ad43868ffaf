import { Command } from '@nestjs/cqrs';

export class DeleteInteraction extends Command<void> {
  constructor(readonly interactionId: string) {
    super();
  }
}
