import { Publication, Publishes } from '@promenade/messaging';
import { StockReservedContract, StockReservedContractPayload } from '../../contracts';
import { StockReserved } from '../../domain/events/stock-reserved.event';
import { allocatedStockLines } from './allocated-stock-lines';

/** What other contexts learn of StockReserved: field by field, so a field added inside the context stays inside. */
@Publishes(StockReserved, StockReservedContract)
export class PublishStockReserved implements Publication<StockReserved, StockReservedContract> {
  toContract({ payload }: StockReserved): StockReservedContractPayload {
    return {
      reservationId: payload.reservationId,
      orderId: payload.orderId,
      allocations: allocatedStockLines(payload.allocations),
      expiresAt: payload.expiresAt,
    };
  }
}
