import { AggregateMapper } from '@promenade/persistence';
import { Quantity } from '../../domain/quantity';
import { ShortageReason } from '../../domain/reservation/reservation-shortage';
import { ReservationStatus } from '../../domain/reservation/reservation-status';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { ReservationModel } from './reservation.model';

export const reservationMapper: AggregateMapper<Reservation, ReservationModel> = {
  toDomain(model) {
    return Reservation.restore({
      id: model.id,
      version: model.version,
      orderId: model.orderId,
      lines: model.lines.map(({ sku, quantity }) => ({ sku, quantity: Quantity.fromColumn(quantity) })),
      allocations: model.allocations.map(({ sku, warehouseCode, quantity }) => ({
        sku,
        warehouseCode,
        quantity: Quantity.fromColumn(quantity),
      })),
      status: model.status as ReservationStatus,
      shortages: model.shortages.map(({ sku, requested, available, reason }) => ({
        sku,
        requested: Quantity.fromColumn(requested),
        available: Quantity.fromColumn(available),
        reason: reason as ShortageReason,
      })),
      expiresAt: model.expiresAt,
      confirmedAt: model.confirmedAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(reservation) {
    return Object.assign(new ReservationModel(), {
      id: reservation.id,
      orderId: reservation.orderId,
      lines: reservation.lines.map(({ sku, quantity }) => ({ sku, quantity: quantity.toNumber() })),
      allocations: reservation.allocations.map(({ sku, warehouseCode, quantity }) => ({
        sku,
        warehouseCode,
        quantity: quantity.toNumber(),
      })),
      status: reservation.status,
      shortages: reservation.shortages.map(({ sku, requested, available, reason }) => ({
        sku,
        requested: requested.toNumber(),
        available: available.toNumber(),
        reason,
      })),
      expiresAt: reservation.expiresAt,
      confirmedAt: reservation.confirmedAt,
      createdAt: reservation.createdAt,
    });
  },
};
