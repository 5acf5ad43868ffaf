import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { WinDeal } from './win-deal.command';

@CommandHandler(WinDeal)
export class WinDealHandler implements ICommandHandler<WinDeal, void> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute({ dealId, ownerId }: WinDeal): Promise<void> {
    const deal = await this.deals.getById(dealId, ownerId);
    deal.win();
    await this.deals.save(deal);
  }
}
