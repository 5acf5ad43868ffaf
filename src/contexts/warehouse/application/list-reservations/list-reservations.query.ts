import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { ReservationFilter } from '../../domain/reservation/reservation.repository';

export class ListReservations extends Query<Page<Reservation>> {
  constructor(
    readonly filter: ReservationFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
