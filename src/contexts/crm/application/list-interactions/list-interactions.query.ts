import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { InteractionFilter } from '../../domain/interaction/interaction.repository';

export class ListInteractions extends Query<Page<Interaction>> {
  constructor(
    readonly filter: InteractionFilter,
    readonly page: number,
    readonly limit: number,
    /** Whose customers the caller sees (`customers:read` scope): an interaction about anyone else's does not exist for them; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
