import { Logger } from '@nestjs/common';
import { ReservationConfirmed } from '../../domain/events/reservation-confirmed.event';
import { ExpireReservation } from '../expire-reservation/expire-reservation.command';
import { ExpireReservationHandler } from '../expire-reservation/expire-reservation.handler';
import { ReleaseReservation } from '../release-reservation/release-reservation.command';
import { ReleaseReservationHandler } from '../release-reservation/release-reservation.handler';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ConfirmReservation } from './confirm-reservation.command';
import { ConfirmReservationHandler } from './confirm-reservation.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('ConfirmReservationHandler', () => {
  let given: ReservationFixture;
  let handler: ConfirmReservationHandler;
  let warn: jest.SpyInstance;

  beforeEach(async () => {
    given = new ReservationFixture();
    handler = new ConfirmReservationHandler(given.reservations);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 5);
  });

  afterEach(() => jest.restoreAllMocks());

  it("holds the order's reservation without expiry, says so, and its due expiry then does nothing", async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);

    await handler.execute(new ConfirmReservation(ORDER));

    const confirmed = await given.reservations.getById(id);
    expect(confirmed).toMatchObject({ status: 'held', expiresAt: null, version: 2 });
    expect(confirmed.confirmedAt).toBeInstanceOf(Date);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([ReservationConfirmed]);
    expect((given.reservations.published[0] as ReservationConfirmed).payload).toEqual({
      reservationId: id,
      orderId: ORDER,
      confirmedAt: confirmed.confirmedAt!.toISOString(),
    });

    await new ExpireReservationHandler(given.reservations, given.stock).execute(new ExpireReservation(id));

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'held', version: 2 });
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 2]);
  });

  it('changes nothing more when confirmed twice', async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);
    await handler.execute(new ConfirmReservation(ORDER));
    const first = (await given.reservations.getById(id)).snapshot();

    await handler.execute(new ConfirmReservation(ORDER));

    expect((await given.reservations.getById(id)).snapshot()).toEqual(first);
    expect(given.reservations.published).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves a reservation no longer held as it is, with a warning', async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);
    await new ReleaseReservationHandler(given.reservations, given.stock).execute(new ReleaseReservation(id));
    given.reservations.published.length = 0;

    await handler.execute(new ConfirmReservation(ORDER));

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'released', confirmedAt: null, version: 2 });
    expect(given.reservations.published).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`reservation ${id} is released: nothing to confirm`));
  });

  it('does nothing but warn for an order without a reservation, or with a failed one', async () => {
    await handler.execute(new ConfirmReservation(ORDER));
    const failed = await given.reserved('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163', [{ sku: 'MUG', quantity: 9 }]);

    await handler.execute(new ConfirmReservation('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163'));

    expect(given.reservations.all().map((r) => r.id)).toEqual([failed]);
    expect(given.reservations.published).toEqual([]);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringContaining('it has no reservation'),
      expect.stringContaining(`reservation ${failed} is failed`),
    ]);
  });
});
