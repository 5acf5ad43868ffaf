import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { ReservationExpiryDue } from '../../domain/events/reservation-expiry-due.event';

/**
 * Warehouse's later reaction to its own warehouse.reservation-expiry-due. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the TransactionalCommandBus from here.
 */
@EventHandler('warehouse.expire-reservation-on-reservation-expiry-due', ReservationExpiryDue)
export class ExpireReservationOnReservationExpiryDue implements IEventHandler<ReservationExpiryDue> {
  private readonly logger = new Logger(ExpireReservationOnReservationExpiryDue.name);

  async handle(event: ReservationExpiryDue): Promise<void> {
    this.logger.log(
      `warehouse.reservation-expiry-due ${event.metadata.eventId} for ${event.metadata.aggregateId} (sequence ${event.metadata.sequence})`,
    );
  }
}
