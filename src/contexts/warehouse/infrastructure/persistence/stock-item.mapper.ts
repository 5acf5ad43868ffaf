import { AggregateMapper } from '@promenade/persistence';
import { Quantity, UnitOfMeasure } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemModel } from './stock-item.model';

export const stockItemMapper: AggregateMapper<StockItem, StockItemModel> = {
  toDomain(model) {
    return StockItem.restore({
      id: model.id,
      version: model.version,
      sku: model.sku,
      warehouseCode: model.warehouseCode,
      unit: model.unit as UnitOfMeasure,
      onHand: Quantity.fromColumn(model.onHand),
      reserved: Quantity.fromColumn(model.reserved),
      reorderPoint: model.reorderPoint === null ? null : Quantity.fromColumn(model.reorderPoint),
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(stockItem) {
    return Object.assign(new StockItemModel(), {
      id: stockItem.id,
      sku: stockItem.sku,
      warehouseCode: stockItem.warehouseCode,
      unit: stockItem.unit,
      onHand: stockItem.onHand.toString(),
      reserved: stockItem.reserved.toString(),
      reorderPoint: stockItem.reorderPoint?.toString() ?? null,
      createdAt: stockItem.createdAt,
    });
  },
};
