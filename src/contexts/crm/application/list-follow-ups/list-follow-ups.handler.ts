import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { ListFollowUps } from './list-follow-ups.query';

@QueryHandler(ListFollowUps)
export class ListFollowUpsHandler implements IQueryHandler<ListFollowUps, Page<Interaction>> {
  constructor(@Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository) {}

  async execute({ due, page, limit, customerScope }: ListFollowUps): Promise<Page<Interaction>> {
    const { items, total } = await this.interactions.findFollowUps(due, (page - 1) * limit, limit, customerScope);
    return { items, page, limit, total };
  }
}
