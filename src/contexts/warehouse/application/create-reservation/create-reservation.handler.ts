import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { CreateReservation } from './create-reservation.command';

@CommandHandler(CreateReservation)
export class CreateReservationHandler implements ICommandHandler<CreateReservation, string> {
  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  async execute(_command: CreateReservation): Promise<string> {
    const reservation = Reservation.create();
    await this.reservations.save(reservation);
    return reservation.id;
  }
}
