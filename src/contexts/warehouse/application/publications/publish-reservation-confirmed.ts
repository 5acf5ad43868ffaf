import { Publication, Publishes } from '@promenade/messaging';
import { ReservationConfirmedContract, ReservationConfirmedContractPayload } from '../../contracts';
import { ReservationConfirmed } from '../../domain/events/reservation-confirmed.event';

/** What other contexts learn of ReservationConfirmed: field by field, so a field added inside the context stays inside. */
@Publishes(ReservationConfirmed, ReservationConfirmedContract)
export class PublishReservationConfirmed implements Publication<ReservationConfirmed, ReservationConfirmedContract> {
  toContract({ payload }: ReservationConfirmed): ReservationConfirmedContractPayload {
    return { reservationId: payload.reservationId, orderId: payload.orderId, confirmedAt: payload.confirmedAt };
  }
}
