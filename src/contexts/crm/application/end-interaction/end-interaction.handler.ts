import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { EndInteraction } from './end-interaction.command';

@CommandHandler(EndInteraction)
export class EndInteractionHandler implements ICommandHandler<EndInteraction, void> {
  constructor(@Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository) {}

  async execute({ interactionId, endedAt, outcome, customerScope }: EndInteraction): Promise<void> {
    const interaction = await this.interactions.getById(interactionId, customerScope);
    interaction.end(endedAt, outcome);
    await this.interactions.save(interaction);
  }
}
