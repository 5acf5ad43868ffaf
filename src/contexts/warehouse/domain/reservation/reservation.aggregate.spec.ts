import { ReservationConfirmed } from '../events/reservation-confirmed.event';
import { ReservationExpired } from '../events/reservation-expired.event';
import { ReservationExpiryDue } from '../events/reservation-expiry-due.event';
import { StockIssued } from '../events/stock-issued.event';
import { StockReleased } from '../events/stock-released.event';
import { StockReservationFailed } from '../events/stock-reservation-failed.event';
import { StockReserved } from '../events/stock-reserved.event';
import { ProductIsDiscontinued, ProductNotFound } from '../product/product.errors';
import { Quantity, QuantityInvalid } from '../quantity';
import { InsufficientStock } from '../stock-item/stock-item.errors';
import { RequestedLine } from './requested-line';
import { Reservation } from './reservation.aggregate';
import { ReservationLinesInvalid, ReservationNotHeld } from './reservation.errors';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const NOW = new Date('2026-01-01T10:00:00Z');
const EXPIRES = new Date('2026-01-01T10:30:00Z');
const each = (value: number) => Quantity.of(value, 'each');
const ACTIVE = { unit: 'each', isDiscontinued: false } as const;
const line = (sku: string, quantity: number, product: RequestedLine['product'] = ACTIVE): RequestedLine => ({ sku, quantity, product });
const level = (warehouseCode: string, sku: string, available: number) => ({ sku, warehouseCode, available: each(available) });
const STOCK = [level('KBP-1', 'MUG', 5), level('KBP-1', 'TEE', 2), level('LWO-1', 'MUG', 10)];

function held(): Reservation {
  const reservation = Reservation.reserve(ORDER, [line('MUG', 2), line('TEE', 1)], STOCK, EXPIRES, NOW);
  reservation.pullEvents();
  return reservation;
}

describe('Reservation', () => {
  it('holds the lines where the allocation rule says, until expiresAt, and says so', () => {
    const reservation = Reservation.reserve(ORDER, [line('MUG', 2), line('TEE', 1)], STOCK, EXPIRES, NOW);

    expect(reservation).toMatchObject({ orderId: ORDER, status: 'held', expiresAt: EXPIRES, shortages: [] });
    expect(reservation.stockKeys).toEqual([
      { sku: 'MUG', warehouseCode: 'KBP-1' },
      { sku: 'TEE', warehouseCode: 'KBP-1' },
    ]);
    const [reserved, due] = reservation.pullEvents();
    expect(reserved).toBeInstanceOf(StockReserved);
    expect((reserved as StockReserved).payload).toEqual({
      reservationId: reservation.id,
      orderId: ORDER,
      allocations: [
        { sku: 'MUG', warehouseCode: 'KBP-1', quantity: 2 },
        { sku: 'TEE', warehouseCode: 'KBP-1', quantity: 1 },
      ],
      expiresAt: '2026-01-01T10:30:00.000Z',
    });
    expect(due).toBeInstanceOf(ReservationExpiryDue);
    expect(due.metadata.deliverAt).toBe('2026-01-01T10:30:00.000Z');
    expect((due as ReservationExpiryDue).payload).toEqual({ reservationId: reservation.id });
  });

  it('records a shortage as failed, holding nothing, naming each short SKU with what is available', () => {
    const reservation = Reservation.reserve(ORDER, [line('MUG', 20), line('TEE', 3)], STOCK, EXPIRES, NOW);

    expect(reservation).toMatchObject({ status: 'failed', allocations: [], expiresAt: null });
    expect(reservation.stockKeys).toEqual([]);
    const events = reservation.pullEvents();
    expect(events).toHaveLength(1);
    expect((events[0] as StockReservationFailed).payload).toEqual({
      reservationId: reservation.id,
      orderId: ORDER,
      shortages: [
        { sku: 'MUG', requested: 20, available: 15, reason: 'insufficient' },
        { sku: 'TEE', requested: 3, available: 2, reason: 'insufficient' },
      ],
    });
    expect(() => reservation.assertNotShort()).toThrow(InsufficientStock);
    expect(() => reservation.assertNotShort()).toThrow(/MUG/);
    expect(() => reservation.assertNotShort()).toThrow(
      expect.objectContaining({
        extensions: {
          shortages: [
            { sku: 'MUG', requested: 20, available: 15 },
            { sku: 'TEE', requested: 3, available: 2 },
          ],
        },
      }),
    );
  });

  it('fails, holding nothing, when a line names no product or a discontinued one, in line order with the short ones', () => {
    const reservation = Reservation.reserve(
      ORDER,
      [line('GONE', 2.5, null), line('TEE', 3), line('MUG', 1), line('OLD', 1, { unit: 'each', isDiscontinued: true })],
      STOCK,
      EXPIRES,
      NOW,
    );

    expect(reservation).toMatchObject({ status: 'failed', allocations: [], expiresAt: null });
    expect(reservation.lines.map((l) => [l.sku, l.quantity.toNumber()])).toEqual([
      ['GONE', 2.5],
      ['TEE', 3],
      ['MUG', 1],
      ['OLD', 1],
    ]);
    const [failed] = reservation.pullEvents();
    expect((failed as StockReservationFailed).payload.shortages).toEqual([
      { sku: 'GONE', requested: 2.5, available: 0, reason: 'unknown' },
      { sku: 'TEE', requested: 3, available: 2, reason: 'insufficient' },
      { sku: 'OLD', requested: 1, available: 0, reason: 'discontinued' },
    ]);
  });

  it('fails for a discontinued product even when every other line could be held', () => {
    const reservation = Reservation.reserve(
      ORDER,
      [line('MUG', 1), line('OLD', 1, { unit: 'each', isDiscontinued: true })],
      STOCK,
      EXPIRES,
    );

    expect(reservation.status).toBe('failed');
    expect(reservation.shortages.map((s) => [s.sku, s.reason])).toEqual([['OLD', 'discontinued']]);
    expect(reservation.pullEvents().map((event) => event.constructor)).toEqual([StockReservationFailed]);
  });

  it('answers the edges with PRODUCT_NOT_FOUND first, then PRODUCT_DISCONTINUED, then INSUFFICIENT_STOCK', () => {
    const discontinued = { unit: 'each', isDiscontinued: true } as const;
    const fail =
      (...lines: RequestedLine[]) =>
      () =>
        Reservation.reserve(ORDER, lines, STOCK, EXPIRES).assertNotShort();

    expect(fail(line('MUG', 99), line('OLD', 1, discontinued), line('GONE', 1, null))).toThrow(ProductNotFound);
    expect(fail(line('MUG', 99), line('OLD', 1, discontinued))).toThrow(ProductIsDiscontinued);
    expect(fail(line('MUG', 99))).toThrow(InsufficientStock);
  });

  it('checks a quantity against its product unit, and an unknown product by the rules every unit shares', () => {
    expect(() => Reservation.reserve(ORDER, [line('MUG', 1.5)], STOCK, EXPIRES)).toThrow(QuantityInvalid);
    expect(() => Reservation.reserve(ORDER, [line('GONE', 0, null)], STOCK, EXPIRES)).toThrow(QuantityInvalid);
  });

  it('does not refuse a held reservation as short', () => {
    expect(() => held().assertNotShort()).not.toThrow();
  });

  it('refuses no lines, and one SKU on two lines', () => {
    expect(() => Reservation.reserve(ORDER, [], STOCK, EXPIRES)).toThrow(ReservationLinesInvalid);
    expect(() => Reservation.reserve(ORDER, [line('MUG', 1), line('MUG', 1)], STOCK, EXPIRES)).toThrow(/MUG appears on two lines/);
  });

  it('tries a failed reservation again on a repeated reserve, and holds it once the stock is there', () => {
    const reservation = Reservation.reserve(ORDER, [line('MUG', 20)], STOCK, EXPIRES, NOW);
    reservation.pullEvents();

    reservation.retry([line('MUG', 20)], [...STOCK, level('ODS-1', 'MUG', 30)], EXPIRES);

    expect(reservation).toMatchObject({ status: 'held', shortages: [], expiresAt: EXPIRES });
    expect(reservation.allocations.map((a) => a.warehouseCode)).toEqual(['ODS-1']);
    expect(reservation.pullEvents().map((event) => event.constructor)).toEqual([StockReserved, ReservationExpiryDue]);
  });

  it('leaves any other reservation as it is on a repeated reserve', () => {
    const reservation = held();
    const before = reservation.snapshot();

    reservation.retry([line('MUG', 1)], STOCK, new Date('2026-02-01T00:00:00Z'));

    expect(reservation.snapshot()).toEqual(before);
    expect(reservation.pullEvents()).toEqual([]);
  });

  it('is released while held, saying what became available again', () => {
    const reservation = held();
    reservation.release(new Date('2026-01-01T10:05:00Z'));

    expect(reservation.status).toBe('released');
    const [event] = reservation.pullEvents();
    expect(event).toBeInstanceOf(StockReleased);
    expect((event as StockReleased).payload).toMatchObject({ orderId: ORDER, releasedAt: '2026-01-01T10:05:00.000Z' });
    expect((event as StockReleased).payload.allocations).toHaveLength(2);
  });

  it('is issued while held, becoming committed', () => {
    const reservation = held();
    reservation.issue(new Date('2026-01-01T10:06:00Z'));

    expect(reservation.status).toBe('committed');
    const [event] = reservation.pullEvents();
    expect(event).toBeInstanceOf(StockIssued);
    expect((event as StockIssued).payload).toMatchObject({ reservationId: reservation.id, issuedAt: '2026-01-01T10:06:00.000Z' });
  });

  it.each([
    ['released', (r: Reservation) => r.release()],
    ['committed', (r: Reservation) => r.issue()],
  ])('refuses to release or issue a %s reservation with RESERVATION_NOT_HELD', (status, move) => {
    const reservation = held();
    move(reservation);
    reservation.pullEvents();

    expect(() => reservation.release()).toThrow(ReservationNotHeld);
    expect(() => reservation.issue()).toThrow(`reservation ${reservation.id} is ${status}; only a held reservation can be issued`);
    expect(reservation.status).toBe(status);
    expect(reservation.pullEvents()).toEqual([]);
  });

  it('refuses to release or issue a failed reservation', () => {
    const reservation = Reservation.reserve(ORDER, [line('MUG', 99)], STOCK, EXPIRES);
    expect(() => reservation.release()).toThrow(ReservationNotHeld);
    expect(() => reservation.issue()).toThrow(ReservationNotHeld);
  });

  it('expires once due while held, and then is neither released nor issued', () => {
    const reservation = held();

    expect(reservation.expireIfDue(EXPIRES)).toBe(true);

    expect(reservation.status).toBe('expired');
    const [event] = reservation.pullEvents();
    expect(event).toBeInstanceOf(ReservationExpired);
    expect((event as ReservationExpired).payload).toMatchObject({ orderId: ORDER, expiredAt: '2026-01-01T10:30:00.000Z' });
    expect(() => reservation.release()).toThrow(ReservationNotHeld);
  });

  it('does not expire before its time, nor once it left held', () => {
    const early = held();
    expect(early.expireIfDue(new Date(EXPIRES.getTime() - 1))).toBe(false);
    expect(early.status).toBe('held');

    const issued = held();
    issued.issue();
    issued.pullEvents();
    expect(issued.expireIfDue(new Date('2026-01-02T00:00:00Z'))).toBe(false);
    expect(issued.status).toBe('committed');
    expect(issued.pullEvents()).toEqual([]);

    const expired = held();
    expired.expireIfDue(EXPIRES);
    expired.pullEvents();
    expect(expired.expireIfDue(EXPIRES)).toBe(false);
    expect(expired.pullEvents()).toEqual([]);
  });

  it('is confirmed while held: it no longer expires, and a second confirmation changes nothing', () => {
    const reservation = held();
    const at = new Date('2026-01-01T10:10:00Z');

    expect(reservation.confirm(at)).toBe(true);

    expect(reservation).toMatchObject({ status: 'held', isHeld: true, confirmedAt: at, expiresAt: null });
    const [event] = reservation.pullEvents();
    expect(event).toBeInstanceOf(ReservationConfirmed);
    expect((event as ReservationConfirmed).payload).toEqual({
      reservationId: reservation.id,
      orderId: ORDER,
      confirmedAt: '2026-01-01T10:10:00.000Z',
    });
    expect(reservation.confirm(new Date('2026-01-01T10:20:00Z'))).toBe(false);
    expect(reservation.confirmedAt).toEqual(at);
    expect(reservation.pullEvents()).toEqual([]);
  });

  it('lets the expiry due for a confirmed reservation do nothing, and is still issued or released', () => {
    const issued = held();
    issued.confirm(NOW);
    issued.pullEvents();

    expect(issued.expireIfDue(new Date('2026-01-02T00:00:00Z'))).toBe(false);
    expect(issued.pullEvents()).toEqual([]);
    issued.issue();
    expect(issued.status).toBe('committed');

    const released = held();
    released.confirm(NOW);
    released.release();
    expect(released.status).toBe('released');
  });

  it.each([
    ['expired', (r: Reservation) => r.expireIfDue(EXPIRES)],
    ['released', (r: Reservation) => r.release()],
    ['committed', (r: Reservation) => r.issue()],
  ])('refuses to confirm a %s reservation with RESERVATION_NOT_HELD, changing nothing', (status, move) => {
    const reservation = held();
    move(reservation);
    reservation.pullEvents();

    expect(() => reservation.confirm()).toThrow(`reservation ${reservation.id} is ${status}; only a held reservation can be confirmed`);
    expect(reservation).toMatchObject({ status, isHeld: false, confirmedAt: null });
    expect(reservation.pullEvents()).toEqual([]);
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const reservation = held();
    const restored = Reservation.restore(reservation.snapshot());
    expect(restored.snapshot()).toEqual(reservation.snapshot());
    expect(restored.pullEvents()).toEqual([]);
  });
});
