import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';
import { ListMovements } from './list-movements.query';

@QueryHandler(ListMovements)
export class ListMovementsHandler implements IQueryHandler<ListMovements, Page<StockMovement>> {
  constructor(@Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository) {}

  async execute({ filter, page, limit }: ListMovements): Promise<Page<StockMovement>> {
    const { items, total } = await this.stockItems.findMovementPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
