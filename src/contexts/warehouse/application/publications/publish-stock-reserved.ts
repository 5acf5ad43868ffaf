import { Publication, Publishes } from '@promenade/messaging';
import { StockReservedContract, StockReservedContractPayload } from '../../contracts';
import { StockReserved } from '../../domain/events/stock-reserved.event';

/** What other contexts learn of StockReserved: field by field, so a field added inside the context stays inside. */
@Publishes(StockReserved, StockReservedContract)
export class PublishStockReserved implements Publication<StockReserved, StockReservedContract> {
  toContract({ payload }: StockReserved): StockReservedContractPayload {
    return { stockId: payload.stockId };
  }
}
