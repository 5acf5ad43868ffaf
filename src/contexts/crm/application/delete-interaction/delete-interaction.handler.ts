import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { DeleteInteraction } from './delete-interaction.command';

@CommandHandler(DeleteInteraction)
export class DeleteInteractionHandler implements ICommandHandler<DeleteInteraction, void> {
  constructor(@Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository) {}

  async execute({ interactionId, customerScope }: DeleteInteraction): Promise<void> {
    const interaction = await this.interactions.getById(interactionId, customerScope);
    interaction.delete();
    await this.interactions.save(interaction);
  }
}
