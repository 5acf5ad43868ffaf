import { AggregateMapper } from '@promenade/persistence';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { ReservationModel } from './reservation.model';

export const reservationMapper: AggregateMapper<Reservation, ReservationModel> = {
  toDomain(model) {
    return Reservation.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(reservation) {
    return Object.assign(new ReservationModel(), { id: reservation.id, createdAt: reservation.createdAt });
  },
};
