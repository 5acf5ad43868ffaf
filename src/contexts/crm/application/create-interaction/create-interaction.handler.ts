import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Interaction } from '../../domain/interaction.aggregate';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction.repository';
import { CreateInteraction } from './create-interaction.command';

@CommandHandler(CreateInteraction)
export class CreateInteractionHandler implements ICommandHandler<CreateInteraction, string> {
  constructor(@Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository) {}

  async execute(_command: CreateInteraction): Promise<string> {
    const interaction = Interaction.create();
    await this.interactions.save(interaction);
    return interaction.id;
  }
}
