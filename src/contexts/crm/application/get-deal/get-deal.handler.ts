import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Deal } from '../../domain/deal/deal.aggregate';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { GetDeal } from './get-deal.query';

@QueryHandler(GetDeal)
export class GetDealHandler implements IQueryHandler<GetDeal, Deal> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  execute({ dealId, ownerId }: GetDeal): Promise<Deal> {
    return this.deals.getById(dealId, ownerId);
  }
}
