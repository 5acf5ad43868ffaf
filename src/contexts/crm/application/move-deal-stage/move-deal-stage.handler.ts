import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEAL_REPOSITORY, DealRepository } from '../../domain/deal/deal.repository';
import { MoveDealStage } from './move-deal-stage.command';

@CommandHandler(MoveDealStage)
export class MoveDealStageHandler implements ICommandHandler<MoveDealStage, void> {
  constructor(@Inject(DEAL_REPOSITORY) private readonly deals: DealRepository) {}

  async execute({ dealId, stage, ownerId }: MoveDealStage): Promise<void> {
    const deal = await this.deals.getById(dealId, ownerId);
    deal.moveTo(stage);
    await this.deals.save(deal);
  }
}
