import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { ReleaseReservation } from './release-reservation.command';

@CommandHandler(ReleaseReservation)
export class ReleaseReservationHandler implements ICommandHandler<ReleaseReservation, void> {
  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  async execute({ reservationId }: ReleaseReservation): Promise<void> {
    const reservation = await this.reservations.getById(reservationId);
    reservation.release();
    await this.reservations.save(reservation);
  }
}
