import { Query } from '@nestjs/cqrs';
import { Interaction } from '../../domain/interaction/interaction.aggregate';

export class GetInteraction extends Query<Interaction> {
  constructor(
    readonly interactionId: string,
    /** Whose customers the caller sees (`customers:read` scope): an interaction about anyone else's does not exist for them; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
