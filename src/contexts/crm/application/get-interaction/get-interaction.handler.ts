import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { GetInteraction } from './get-interaction.query';

@QueryHandler(GetInteraction)
export class GetInteractionHandler implements IQueryHandler<GetInteraction, Interaction> {
  constructor(@Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository) {}

  execute({ interactionId, customerScope }: GetInteraction): Promise<Interaction> {
    return this.interactions.getById(interactionId, customerScope);
  }
}
