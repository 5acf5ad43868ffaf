import { Publication, Publishes } from '@promenade/messaging';
import { StockIssuedContract, StockIssuedContractPayload } from '../../contracts';
import { StockIssued } from '../../domain/events/stock-issued.event';
import { allocatedStockLines } from './allocated-stock-lines';

/** What other contexts learn of StockIssued: field by field, so a field added inside the context stays inside. */
@Publishes(StockIssued, StockIssuedContract)
export class PublishStockIssued implements Publication<StockIssued, StockIssuedContract> {
  toContract({ payload }: StockIssued): StockIssuedContractPayload {
    return {
      reservationId: payload.reservationId,
      orderId: payload.orderId,
      allocations: allocatedStockLines(payload.allocations),
      issuedAt: payload.issuedAt,
    };
  }
}
