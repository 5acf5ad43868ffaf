import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Deal } from '../../domain/deal.aggregate';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal.repository';
import { CreateDeal } from './create-deal.command';

@CommandHandler(CreateDeal)
export class CreateDealHandler implements ICommandHandler<CreateDeal, string> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute(_command: CreateDeal): Promise<string> {
    const deal = Deal.create();
    await this.deals.save(deal);
    return deal.id;
  }
}
