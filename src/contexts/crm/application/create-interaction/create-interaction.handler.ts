import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INTERACTION_PARTIES, InteractionParties } from '../../domain/interaction/interaction-parties';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { assertPartiesExist } from './assert-parties-exist';
import { CreateInteraction } from './create-interaction.command';

@CommandHandler(CreateInteraction)
export class CreateInteractionHandler implements ICommandHandler<CreateInteraction, string> {
  constructor(
    @Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository,
    @Inject(INTERACTION_PARTIES) private readonly parties: InteractionParties,
  ) {}

  async execute({ interaction: given, loggedBy, customerScope }: CreateInteraction): Promise<string> {
    const interaction = Interaction.log(
      {
        ...given,
        customerId: given.customerId ?? null,
        companyId: given.companyId ?? null,
        endedAt: given.endedAt ?? null,
        outcome: given.outcome ?? null,
        followUpRequired: given.followUpRequired ?? given.followUpAt !== undefined,
        followUpAt: given.followUpAt ?? null,
        attendees: given.attendees ?? [],
      },
      loggedBy,
    );
    await assertPartiesExist(this.parties, interaction, customerScope);
    await this.interactions.save(interaction);
    return interaction.id;
  }
}
