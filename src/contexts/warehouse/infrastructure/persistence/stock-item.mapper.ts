import { AggregateMapper } from '@promenade/persistence';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemModel } from './stock-item.model';

export const stockItemMapper: AggregateMapper<StockItem, StockItemModel> = {
  toDomain(model) {
    return StockItem.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(stockItem) {
    return Object.assign(new StockItemModel(), { id: stockItem.id, createdAt: stockItem.createdAt });
  },
};
