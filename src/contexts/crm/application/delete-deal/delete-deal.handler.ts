import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { DeleteDeal } from './delete-deal.command';

@CommandHandler(DeleteDeal)
export class DeleteDealHandler implements ICommandHandler<DeleteDeal, void> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute({ dealId, ownerId }: DeleteDeal): Promise<void> {
    const deal = await this.deals.getById(dealId, ownerId);
    deal.delete();
    await this.deals.save(deal);
  }
}
