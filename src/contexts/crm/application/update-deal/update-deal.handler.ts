import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { UpdateDeal } from './update-deal.command';

@CommandHandler(UpdateDeal)
export class UpdateDealHandler implements ICommandHandler<UpdateDeal, void> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute({ dealId, changes, ownerId }: UpdateDeal): Promise<void> {
    const deal = await this.deals.getById(dealId, ownerId);
    const { value, ...rest } = changes;
    if (deal.revise({ ...rest, value: value && Money.of(value.amount, value.currency) })) await this.deals.save(deal);
  }
}
