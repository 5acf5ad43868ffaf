import { Query } from '@nestjs/cqrs';
import { Interaction } from '../../domain/interaction.aggregate';

export class GetInteraction extends Query<Interaction> {
  constructor(readonly interactionId: string) {
    super();
  }
}
