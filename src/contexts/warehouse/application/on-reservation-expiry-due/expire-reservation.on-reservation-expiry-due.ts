import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ExpireReservation } from '../expire-reservation/expire-reservation.command';
import { ReservationExpiryDue } from '../../domain/events/reservation-expiry-due.event';

/**
 * A held reservation's expiry, delivered by the transport's scheduler at its expiresAt (survives a restart).
 * Nothing cancels it when the reservation is issued or released first: the command checks, and then does nothing.
 */
@EventHandler('warehouse.expire-reservation-on-reservation-expiry-due', ReservationExpiryDue)
export class ExpireReservationOnReservationExpiryDue implements IEventHandler<ReservationExpiryDue> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle(event: ReservationExpiryDue): Promise<void> {
    return this.commands.execute(new ExpireReservation(event.payload.reservationId));
  }
}
