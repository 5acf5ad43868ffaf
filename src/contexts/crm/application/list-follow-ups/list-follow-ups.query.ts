import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Interaction } from '../../domain/interaction/interaction.aggregate';

/** Interactions with a required follow-up due at or before `due` (every pending one when undefined), soonest first. */
export class ListFollowUps extends Query<Page<Interaction>> {
  constructor(
    readonly due: Date | undefined,
    readonly page: number,
    readonly limit: number,
    /** Whose customers the caller sees (`customers:read` scope): an interaction about anyone else's does not exist for them; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
