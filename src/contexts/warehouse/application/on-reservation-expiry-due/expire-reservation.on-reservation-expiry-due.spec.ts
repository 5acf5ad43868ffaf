import { eventHandlerOf } from '@promenade/messaging';
import { ReservationExpiryDue } from '../../domain/events/reservation-expiry-due.event';
import { ExpireReservationOnReservationExpiryDue } from './expire-reservation.on-reservation-expiry-due';

describe('ExpireReservationOnReservationExpiryDue', () => {
  it('subscribes to warehouse.reservation-expiry-due under its stable id', () => {
    expect(eventHandlerOf(ExpireReservationOnReservationExpiryDue)).toEqual({
      id: 'warehouse.expire-reservation-on-reservation-expiry-due',
      events: [ReservationExpiryDue],
    });
  });
});
