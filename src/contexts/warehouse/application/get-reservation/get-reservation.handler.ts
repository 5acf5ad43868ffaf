import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { GetReservation } from './get-reservation.query';

@QueryHandler(GetReservation)
export class GetReservationHandler implements IQueryHandler<GetReservation, Reservation> {
  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  execute({ reservationId }: GetReservation): Promise<Reservation> {
    return this.reservations.getById(reservationId);
  }
}
