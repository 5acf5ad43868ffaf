import { Reservation } from './reservation.aggregate';
import { ReservationStatus } from './reservation-status';

export const RESERVATION_REPOSITORY = Symbol('ReservationRepository');

export interface ReservationFilter {
  orderId?: string;
  status?: ReservationStatus;
}

/**
 * Where reservations are kept, at most one per order (the store enforces it too: a second one for an order raced
 * past `findByOrderId` is refused with ConcurrencyConflict). `getById` throws ReservationNotFound; `save` is optimistic.
 */
export interface ReservationRepository {
  getById(id: string): Promise<Reservation>;
  findByOrderId(orderId: string): Promise<Reservation | null>;
  /** Newest first. */
  findPage(filter: ReservationFilter, offset: number, limit: number): Promise<{ items: Reservation[]; total: number }>;
  save(reservation: Reservation): Promise<void>;
}
