import { eventHandlerOf } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ReservationExpiryDue } from '../../domain/events/reservation-expiry-due.event';
import { ExpireReservation } from '../expire-reservation/expire-reservation.command';
import { ExpireReservationOnReservationExpiryDue } from './expire-reservation.on-reservation-expiry-due';

describe('ExpireReservationOnReservationExpiryDue', () => {
  it('subscribes to warehouse.reservation-expiry-due under its stable id', () => {
    expect(eventHandlerOf(ExpireReservationOnReservationExpiryDue)).toEqual({
      id: 'warehouse.expire-reservation-on-reservation-expiry-due',
      events: [ReservationExpiryDue],
    });
  });

  it('sends ExpireReservation for the reservation whose expiry is due', async () => {
    const execute = jest.fn().mockResolvedValue(undefined);
    const reaction = new ExpireReservationOnReservationExpiryDue({ execute } as unknown as TransactionalCommandBus);

    await reaction.handle(new ReservationExpiryDue({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' }));

    expect(execute).toHaveBeenCalledWith(new ExpireReservation('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162'));
  });
});
