import { ReservationExpired } from '../../domain/events/reservation-expired.event';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ExpireReservation } from './expire-reservation.command';
import { ExpireReservationHandler } from './expire-reservation.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('ExpireReservationHandler', () => {
  let given: ReservationFixture;
  let handler: ExpireReservationHandler;

  beforeEach(async () => {
    given = new ReservationFixture();
    handler = new ExpireReservationHandler(given.reservations, given.stock);
    await given.onHand('MUG', 'KBP-1', 5, 2);
  });

  /** A reservation holding the 2 MUG reserved at KBP-1, due at `expiresAt`. */
  async function heldUntil(expiresAt: Date): Promise<string> {
    const [item] = await given.stock.lock([{ sku: 'MUG', warehouseCode: 'KBP-1' }]);
    const reservation = Reservation.reserve(
      ORDER,
      [{ sku: 'MUG', quantity: 2, product: { unit: 'each', isDiscontinued: false } }],
      [item],
      expiresAt,
    );
    await given.reservations.save(reservation);
    given.reservations.published.length = 0;
    return reservation.id;
  }

  it('lets a due reservation go: expired, its stock available again', async () => {
    const id = await heldUntil(new Date(Date.now() - 1));

    await handler.execute(new ExpireReservation(id));

    expect((await given.reservations.getById(id)).status).toBe('expired');
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 0]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([ReservationExpired]);
  });

  it('does nothing to a reservation not yet due', async () => {
    const id = await heldUntil(new Date(Date.now() + 60_000));

    await handler.execute(new ExpireReservation(id));

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'held', version: 1 });
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 2]);
  });

  it('does nothing to a reservation released (or issued) before its expiry came', async () => {
    const id = await heldUntil(new Date(Date.now() - 1));
    const released = await given.reservations.getById(id);
    released.release();
    await given.reservations.save(released);
    given.reservations.published.length = 0;

    await handler.execute(new ExpireReservation(id));

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'released', version: 2 });
    expect(given.reservations.published).toEqual([]);
  });

  it('refuses an unknown id with RESERVATION_NOT_FOUND', async () => {
    await expect(handler.execute(new ExpireReservation('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
  });
});
