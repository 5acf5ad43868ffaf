import { StockReleased } from '../../domain/events/stock-released.event';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ReleaseReservation } from './release-reservation.command';
import { ReleaseReservationHandler } from './release-reservation.handler';

describe('ReleaseReservationHandler', () => {
  let given: ReservationFixture;
  let handler: ReleaseReservationHandler;
  let held: string;

  beforeEach(async () => {
    given = new ReservationFixture();
    handler = new ReleaseReservationHandler(given.reservations, given.stock);
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 3);
    await given.onHand('MUG', 'LWO-1', 4);
    held = await given.reserved('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', [{ sku: 'MUG', quantity: 6 }]);
  });

  it('makes every allocated quantity available again, in each warehouse, and says so', async () => {
    await handler.execute(new ReleaseReservation(held));

    expect((await given.reservations.getById(held)).status).toBe('released');
    expect(await given.level('MUG', 'KBP-1')).toEqual([3, 0]);
    expect(await given.level('MUG', 'LWO-1')).toEqual([4, 0]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockReleased]);
  });

  it('refuses a reservation no longer held with RESERVATION_NOT_HELD, changing no stock', async () => {
    await handler.execute(new ReleaseReservation(held));
    await given.onHand('MUG', 'ODS-1', 1, 1);

    await expect(handler.execute(new ReleaseReservation(held))).rejects.toMatchObject({ code: 'RESERVATION_NOT_HELD' });

    expect(await given.level('MUG', 'ODS-1')).toEqual([1, 1]);
  });

  it('refuses an unknown id with RESERVATION_NOT_FOUND', async () => {
    await expect(handler.execute(new ReleaseReservation('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
  });
});
