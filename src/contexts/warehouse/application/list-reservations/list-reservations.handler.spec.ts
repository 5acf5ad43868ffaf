import { newId } from '@promenade/ddd';
import { Quantity } from '../../domain/quantity';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { InMemoryReservationRepository } from '../testing/in-memory-reservation.repository';
import { ListReservations } from './list-reservations.query';
import { ListReservationsHandler } from './list-reservations.handler';

const STOCK = [{ sku: 'MUG', warehouseCode: 'KBP-1', available: Quantity.of(5, 'each') }];
const EXPIRES = new Date('2026-01-01T10:30:00Z');

describe('ListReservationsHandler', () => {
  let reservations: InMemoryReservationRepository;
  let handler: ListReservationsHandler;

  beforeEach(() => {
    reservations = new InMemoryReservationRepository();
    handler = new ListReservationsHandler(reservations);
  });

  async function stored(quantity: number, orderId = newId()): Promise<Reservation> {
    const reservation = Reservation.reserve(
      orderId,
      [{ sku: 'MUG', quantity, product: { unit: 'each', isDiscontinued: false } }],
      STOCK,
      EXPIRES,
    );
    await reservations.save(reservation);
    return reservation;
  }

  it('answers the requested page with the page, limit and total count, newest first', async () => {
    const all = [];
    for (let n = 0; n < 5; n++) all.unshift((await stored(1)).id);

    const page = await handler.execute(new ListReservations({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((r) => r.id)).toEqual(all.slice(2, 4));
  });

  it('filters by status and by order', async () => {
    const held = await stored(1);
    const failed = await stored(50);

    expect((await handler.execute(new ListReservations({ status: 'failed' }, 1, 10))).items.map((r) => r.id)).toEqual([failed.id]);
    expect((await handler.execute(new ListReservations({ orderId: held.orderId }, 1, 10))).items.map((r) => r.id)).toEqual([held.id]);
    expect(await handler.execute(new ListReservations({ orderId: held.orderId, status: 'expired' }, 1, 10))).toEqual({
      items: [],
      page: 1,
      limit: 10,
      total: 0,
    });
  });
});
