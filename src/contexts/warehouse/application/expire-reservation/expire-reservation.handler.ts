import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { ExpireReservation } from './expire-reservation.command';

@CommandHandler(ExpireReservation)
export class ExpireReservationHandler implements ICommandHandler<ExpireReservation, void> {
  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  async execute({ reservationId }: ExpireReservation): Promise<void> {
    const reservation = await this.reservations.getById(reservationId);
    reservation.expire();
    await this.reservations.save(reservation);
  }
}
