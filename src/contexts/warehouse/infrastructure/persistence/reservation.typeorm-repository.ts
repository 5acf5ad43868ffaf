import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { ReservationRepository } from '../../domain/reservation/reservation.repository';
import { reservationMapper } from './reservation.mapper';
import { ReservationModel } from './reservation.model';

@Injectable()
export class ReservationTypeOrmRepository
  extends TypeOrmAggregateRepository<Reservation, ReservationModel>
  implements ReservationRepository
{
  constructor(uow: UnitOfWork) {
    super(uow, ReservationModel, reservationMapper);
  }

  async getById(id: string): Promise<Reservation> {
    const reservation = await this.findById(id);
    if (!reservation) throw new ReservationNotFound(id);
    return reservation;
  }
}
