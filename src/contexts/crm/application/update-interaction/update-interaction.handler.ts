import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INTERACTION_PARTIES, InteractionParties } from '../../domain/interaction/interaction-parties';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { assertPartiesExist } from '../create-interaction/assert-parties-exist';
import { UpdateInteraction } from './update-interaction.command';

@CommandHandler(UpdateInteraction)
export class UpdateInteractionHandler implements ICommandHandler<UpdateInteraction, void> {
  constructor(
    @Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository,
    @Inject(INTERACTION_PARTIES) private readonly parties: InteractionParties,
  ) {}

  async execute({ interactionId, change, customerScope }: UpdateInteraction): Promise<void> {
    const interaction = await this.interactions.getById(interactionId, customerScope);
    if (!interaction.update(change)) return;
    // Only a newly named party is checked: one named before may since have been deleted, which must not block other edits.
    await assertPartiesExist(this.parties, { customerId: change.customerId, companyId: change.companyId }, customerScope);
    await this.interactions.save(interaction);
  }
}
