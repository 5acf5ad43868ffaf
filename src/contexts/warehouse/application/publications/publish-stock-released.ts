import { Publication, Publishes } from '@promenade/messaging';
import { StockReleasedContract, StockReleasedContractPayload } from '../../contracts';
import { StockReleased } from '../../domain/events/stock-released.event';
import { allocatedStockLines } from './allocated-stock-lines';

/** What other contexts learn of StockReleased: field by field, so a field added inside the context stays inside. */
@Publishes(StockReleased, StockReleasedContract)
export class PublishStockReleased implements Publication<StockReleased, StockReleasedContract> {
  toContract({ payload }: StockReleased): StockReleasedContractPayload {
    return {
      reservationId: payload.reservationId,
      orderId: payload.orderId,
      allocations: allocatedStockLines(payload.allocations),
      releasedAt: payload.releasedAt,
    };
  }
}
