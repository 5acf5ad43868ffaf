import { Publication, Publishes } from '@promenade/messaging';
import { StockReleasedContract, StockReleasedContractPayload } from '../../contracts';
import { StockReleased } from '../../domain/events/stock-released.event';

/** What other contexts learn of StockReleased: field by field, so a field added inside the context stays inside. */
@Publishes(StockReleased, StockReleasedContract)
export class PublishStockReleased implements Publication<StockReleased, StockReleasedContract> {
  toContract({ payload }: StockReleased): StockReleasedContractPayload {
    return { stockId: payload.stockId };
  }
}
