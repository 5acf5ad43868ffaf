import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Interaction } from '../../domain/interaction/interaction.aggregate';
import { INTERACTION_REPOSITORY, InteractionRepository } from '../../domain/interaction/interaction.repository';
import { ListInteractions } from './list-interactions.query';

@QueryHandler(ListInteractions)
export class ListInteractionsHandler implements IQueryHandler<ListInteractions, Page<Interaction>> {
  constructor(@Inject(INTERACTION_REPOSITORY) private readonly interactions: InteractionRepository) {}

  async execute({ filter, page, limit, customerScope }: ListInteractions): Promise<Page<Interaction>> {
    const { items, total } = await this.interactions.findPage(filter, (page - 1) * limit, limit, customerScope);
    return { items, page, limit, total };
  }
}
