import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { ListReservations } from './list-reservations.query';

@QueryHandler(ListReservations)
export class ListReservationsHandler implements IQueryHandler<ListReservations, Page<Reservation>> {
  constructor(@Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository) {}

  async execute({ filter, page, limit }: ListReservations): Promise<Page<Reservation>> {
    const { items, total } = await this.reservations.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
