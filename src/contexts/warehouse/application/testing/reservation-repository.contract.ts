import { ConcurrencyConflict, describeAggregateRepositoryContract, newId, OpenedRepository, stored } from '@promenade/ddd';
import { Quantity } from '../../domain/quantity';
import { Reservation, ReservationState } from '../../domain/reservation/reservation.aggregate';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { ReservationRepository } from '../../domain/reservation/reservation.repository';

const EXPIRES = new Date('2026-01-01T10:30:00.000Z');
const kg = (value: number) => Quantity.of(value, 'kg');
const IN_KG = { unit: 'kg', isDiscontinued: false } as const;
const STOCK = [
  { sku: 'FLOUR', warehouseCode: 'KBP-1', available: kg(1.25) },
  { sku: 'FLOUR', warehouseCode: 'LWO-1', available: kg(2.5) },
  { sku: 'SUGAR', warehouseCode: 'KBP-1', available: kg(0.5) },
];

/** A held reservation split over two warehouses, in thousandths: every part of the state a store must keep. */
const heldFor = (orderId: string) =>
  Reservation.reserve(
    orderId,
    [
      { sku: 'FLOUR', quantity: 3.005, product: IN_KG },
      { sku: 'SUGAR', quantity: 0.125, product: IN_KG },
    ],
    STOCK,
    EXPIRES,
  );
const failedFor = (orderId: string) =>
  Reservation.reserve(
    orderId,
    [
      { sku: 'SUGAR', quantity: 7, product: IN_KG },
      { sku: 'SALT', quantity: 1, product: null },
    ],
    STOCK,
    EXPIRES,
  );

/** What every ReservationRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeReservationRepositoryContract(open: () => Promise<OpenedRepository<ReservationRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Reservation, ReservationState, ReservationRepository>({
    open,
    create: () => heldFor(newId()),
    restore: Reservation.restore,
    load: (reservations, id) => reservations.getById(id),
    change: (reservation) => reservation.release(),
  });

  it('answers ReservationNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(ReservationNotFound);
  });

  it('keeps a failed reservation with its lines and shortages, each with its reason', async () => {
    const { repository: reservations } = current();
    const failed = failedFor(newId());
    await reservations.save(failed);

    const loaded = await reservations.getById(failed.id);

    expect(stored(loaded)).toEqual(stored(failed));
    expect(loaded.shortages.map((s) => [s.sku, s.requested.toNumber(), s.available.toNumber(), s.reason])).toEqual([
      ['SUGAR', 7, 0.5, 'insufficient'],
      ['SALT', 1, 0, 'unknown'],
    ]);
  });

  it('keeps a confirmed reservation: its confirmation time, and no expiry', async () => {
    const { repository: reservations } = current();
    const reservation = heldFor(newId());
    await reservations.save(reservation);
    const confirming = await reservations.getById(reservation.id);
    confirming.confirm(new Date('2026-01-01T10:10:00.000Z'));
    await reservations.save(confirming);

    const loaded = await reservations.getById(reservation.id);

    expect(loaded).toMatchObject({ status: 'held', expiresAt: null, confirmedAt: new Date('2026-01-01T10:10:00.000Z'), version: 2 });
  });

  it('finds the reservation of an order, and none for an order without one', async () => {
    const { repository: reservations } = current();
    const reservation = heldFor(newId());
    await reservations.save(reservation);

    const found = await reservations.findByOrderId(reservation.orderId);

    expect(found && stored(found)).toEqual(stored(reservation));
    expect(found?.allocations.map((a) => `${a.sku}@${a.warehouseCode}:${a.quantity.toNumber()}`)).toEqual([
      'FLOUR@KBP-1:0.505',
      'FLOUR@LWO-1:2.5',
      'SUGAR@KBP-1:0.125',
    ]);
    expect(await reservations.findByOrderId(newId())).toBeNull();
  });

  it('refuses a second reservation for the same order with ConcurrencyConflict', async () => {
    const { repository: reservations } = current();
    const first = heldFor(newId());
    await reservations.save(first);

    await expect(reservations.save(heldFor(first.orderId))).rejects.toBeInstanceOf(ConcurrencyConflict);

    expect((await reservations.findByOrderId(first.orderId))?.id).toBe(first.id);
  });

  it('pages the reservations that match the filter, newest first, with the number of matches', async () => {
    const { repository: reservations } = current();
    const [older, newer, failed] = [heldFor(newId()), heldFor(newId()), failedFor(newId())];
    for (const reservation of [older, newer, failed]) await reservations.save(reservation);

    const held = await reservations.findPage({ status: 'held' }, 0, 1);

    expect(held.total).toBe(2);
    expect(held.items.map((r) => r.id)).toEqual([newer.id]);
    expect((await reservations.findPage({ status: 'held' }, 1, 10)).items.map((r) => r.id)).toEqual([older.id]);
    expect((await reservations.findPage({ orderId: failed.orderId }, 0, 10)).items.map((r) => r.id)).toEqual([failed.id]);
    expect((await reservations.findPage({ orderId: failed.orderId, status: 'held' }, 0, 10)).total).toBe(0);
  });
}
