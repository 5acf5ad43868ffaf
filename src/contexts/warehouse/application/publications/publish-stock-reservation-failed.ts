import { Publication, Publishes } from '@promenade/messaging';
import { StockReservationFailedContract, StockReservationFailedContractPayload } from '../../contracts';
import { StockReservationFailed } from '../../domain/events/stock-reservation-failed.event';

/** What other contexts learn of StockReservationFailed: field by field, so a field added inside the context stays inside. */
@Publishes(StockReservationFailed, StockReservationFailedContract)
export class PublishStockReservationFailed implements Publication<StockReservationFailed, StockReservationFailedContract> {
  toContract({ payload }: StockReservationFailed): StockReservationFailedContractPayload {
    return {
      reservationId: payload.reservationId,
      orderId: payload.orderId,
      shortages: payload.shortages.map(({ sku, requested, available, reason }) => ({ sku, requested, available, reason })),
    };
  }
}
