import { Injectable } from '@nestjs/common';
import { ConcurrencyConflict } from '@promenade/ddd';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { FindOptionsWhere } from 'typeorm';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { ReservationFilter, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { reservationMapper } from './reservation.mapper';
import { ReservationModel } from './reservation.model';

const ONE_RESERVATION_PER_ORDER = 'reservations_order_id_unique';

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

  async findByOrderId(orderId: string): Promise<Reservation | null> {
    const row = await this.models.findOneBy({ orderId });
    return row ? reservationMapper.toDomain(row) : null;
  }

  async findPage(filter: ReservationFilter, offset: number, limit: number): Promise<{ items: Reservation[]; total: number }> {
    const where: FindOptionsWhere<ReservationModel> = { orderId: filter.orderId, status: filter.status };
    return this.findPageWhere(where, offset, limit);
  }

  /** ReserveStock looks the order up first; two reserves of a new order at once both pass that, and the index stops the second. */
  override async save(reservation: Reservation): Promise<void> {
    try {
      await super.save(reservation);
    } catch (error) {
      if (uniqueViolation(error) === ONE_RESERVATION_PER_ORDER)
        throw new ConcurrencyConflict('Reservation', reservation.id, reservation.version);
      throw error;
    }
  }
}
