import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Deal } from '../../domain/deal/deal.aggregate';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { ListDeals } from './list-deals.query';

@QueryHandler(ListDeals)
export class ListDealsHandler implements IQueryHandler<ListDeals, Page<Deal>> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute({ filter, page, limit, ownerId }: ListDeals): Promise<Page<Deal>> {
    // The owner scope wins over the filter: a rep limited to their own deals never lists another's.
    const { items, total } = await this.deals.findPage({ ...filter, ownerId: ownerId ?? filter.ownerId }, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
