import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { ListStock } from './list-stock.query';

@QueryHandler(ListStock)
export class ListStockHandler implements IQueryHandler<ListStock, Page<StockItem>> {
  constructor(@Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository) {}

  async execute({ filter, page, limit }: ListStock): Promise<Page<StockItem>> {
    const { items, total } = await this.stockItems.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
