import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemNotFound } from '../../domain/stock-item/stock-item.errors';
import { StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { stockItemMapper } from './stock-item.mapper';
import { StockItemModel } from './stock-item.model';

@Injectable()
export class StockItemTypeOrmRepository extends TypeOrmAggregateRepository<StockItem, StockItemModel> implements StockItemRepository {
  constructor(uow: UnitOfWork) {
    super(uow, StockItemModel, stockItemMapper);
  }

  async getById(id: string): Promise<StockItem> {
    const stockItem = await this.findById(id);
    if (!stockItem) throw new StockItemNotFound(id);
    return stockItem;
  }
}
