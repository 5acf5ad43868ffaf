import { Publication, Publishes } from '@promenade/messaging';
import { StockLowContract, StockLowContractPayload } from '../../contracts';
import { StockLow } from '../../domain/events/stock-low.event';

/** What other contexts learn of StockLow: field by field, so a field added inside the context stays inside. */
@Publishes(StockLow, StockLowContract)
export class PublishStockLow implements Publication<StockLow, StockLowContract> {
  toContract({ payload }: StockLow): StockLowContractPayload {
    return {
      stockItemId: payload.stockItemId,
      sku: payload.sku,
      warehouseCode: payload.warehouseCode,
      available: payload.available,
      reorderPoint: payload.reorderPoint,
    };
  }
}
