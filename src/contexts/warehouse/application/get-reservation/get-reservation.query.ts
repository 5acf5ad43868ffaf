import { Query } from '@nestjs/cqrs';
import { Reservation } from '../../domain/reservation/reservation.aggregate';

export class GetReservation extends Query<Reservation> {
  constructor(readonly reservationId: string) {
    super();
  }
}
