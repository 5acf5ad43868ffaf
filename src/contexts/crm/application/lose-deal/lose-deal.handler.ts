import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { LoseDeal } from './lose-deal.command';

@CommandHandler(LoseDeal)
export class LoseDealHandler implements ICommandHandler<LoseDeal, void> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute({ dealId, reason, ownerId }: LoseDeal): Promise<void> {
    const deal = await this.deals.getById(dealId, ownerId);
    deal.lose(reason);
    await this.deals.save(deal);
  }
}
