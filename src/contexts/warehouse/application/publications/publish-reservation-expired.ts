import { Publication, Publishes } from '@promenade/messaging';
import { ReservationExpiredContract, ReservationExpiredContractPayload } from '../../contracts';
import { ReservationExpired } from '../../domain/events/reservation-expired.event';
import { allocatedStockLines } from './allocated-stock-lines';

/** What other contexts learn of ReservationExpired: field by field, so a field added inside the context stays inside. */
@Publishes(ReservationExpired, ReservationExpiredContract)
export class PublishReservationExpired implements Publication<ReservationExpired, ReservationExpiredContract> {
  toContract({ payload }: ReservationExpired): ReservationExpiredContractPayload {
    return {
      reservationId: payload.reservationId,
      orderId: payload.orderId,
      allocations: allocatedStockLines(payload.allocations),
      expiredAt: payload.expiredAt,
    };
  }
}
