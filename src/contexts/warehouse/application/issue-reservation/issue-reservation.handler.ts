import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { IssueReservation } from './issue-reservation.command';

@CommandHandler(IssueReservation)
export class IssueReservationHandler implements ICommandHandler<IssueReservation, void> {
  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  async execute({ reservationId }: IssueReservation): Promise<void> {
    const reservation = await this.reservations.getById(reservationId);
    reservation.issue();
    await this.reservations.save(reservation);
  }
}
