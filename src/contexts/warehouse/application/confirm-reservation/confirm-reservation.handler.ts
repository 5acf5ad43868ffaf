import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { ConfirmReservation } from './confirm-reservation.command';

@CommandHandler(ConfirmReservation)
export class ConfirmReservationHandler implements ICommandHandler<ConfirmReservation, void> {
  private readonly logger = new Logger(ConfirmReservationHandler.name);

  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  async execute({ orderId }: ConfirmReservation): Promise<void> {
    const reservation = await this.reservations.findByOrderId(orderId);
    // Expired, released or issued first: the sender learned that from the reservation's own event.
    if (!reservation?.isHeld) {
      const found = reservation ? `reservation ${reservation.id} is ${reservation.status}` : 'it has no reservation';
      this.logger.warn(`order ${orderId} asked to confirm its reservation, but ${found}: nothing to confirm`);
      return;
    }
    if (!reservation.confirm()) {
      this.logger.log(`reservation ${reservation.id} of order ${orderId} is confirmed already`);
      return;
    }
    await this.reservations.save(reservation);
  }
}
