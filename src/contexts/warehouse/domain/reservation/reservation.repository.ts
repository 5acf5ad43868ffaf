import { Reservation } from './reservation.aggregate';

export const RESERVATION_REPOSITORY = Symbol('ReservationRepository');

/** Where reservations are kept. `getById` throws ReservationNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface ReservationRepository {
  getById(id: string): Promise<Reservation>;
  save(reservation: Reservation): Promise<void>;
}
