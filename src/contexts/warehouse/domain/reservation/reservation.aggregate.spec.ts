import { ReservationCreated } from '../events/reservation-created.event';
import { Reservation } from './reservation.aggregate';

describe('Reservation', () => {
  it('is created with a new id and raises ReservationCreated', () => {
    const reservation = Reservation.create(new Date('2026-01-01T00:00:00Z'));
    expect(reservation.isNew).toBe(true);
    const [event] = reservation.pullEvents();
    expect(event).toBeInstanceOf(ReservationCreated);
    expect(event.eventName).toBe('warehouse.reservation-created');
    expect((event as ReservationCreated).payload).toEqual({ reservationId: reservation.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const reservation = Reservation.restore(state);
    expect(reservation.snapshot()).toEqual(state);
    expect(reservation.pullEvents()).toEqual([]);
  });
});
