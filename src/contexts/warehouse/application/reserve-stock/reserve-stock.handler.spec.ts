import { ReservationExpiryDue } from '../../domain/events/reservation-expiry-due.event';
import { StockReservationFailed } from '../../domain/events/stock-reservation-failed.event';
import { StockReserved } from '../../domain/events/stock-reserved.event';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ReserveStock } from './reserve-stock.command';
import { ReserveStockHandler } from './reserve-stock.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('ReserveStockHandler', () => {
  let given: ReservationFixture;
  let handler: ReserveStockHandler;

  beforeEach(async () => {
    given = new ReservationFixture();
    handler = new ReserveStockHandler(given.reservations, given.products, given.stock, given.config);
    await given.product('MUG');
    await given.product('TEE');
  });

  it('holds the lines on the stock items of the allocation, until the configured time to live', async () => {
    await given.onHand('MUG', 'KBP-1', 5);
    await given.onHand('TEE', 'KBP-1', 3);
    const before = Date.now();

    const id = await handler.execute(
      new ReserveStock(ORDER, [
        { sku: 'mug', quantity: 2 },
        { sku: 'TEE', quantity: 3 },
      ]),
    );

    const reservation = await given.reservations.getById(id);
    expect(reservation).toMatchObject({ orderId: ORDER, status: 'held' });
    expect(reservation.expiresAt!.getTime() - before).toBeGreaterThanOrEqual(30 * 60_000);
    expect(reservation.expiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 2]);
    expect(await given.level('TEE', 'KBP-1')).toEqual([3, 3]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockReserved, ReservationExpiryDue]);
  });

  it('answers the same reservation to a repeat, holding nothing more', async () => {
    await given.onHand('MUG', 'KBP-1', 5);
    const first = await handler.execute(new ReserveStock(ORDER, [{ sku: 'MUG', quantity: 2 }]));

    const again = await handler.execute(new ReserveStock(ORDER, [{ sku: 'MUG', quantity: 4 }]));

    expect(again).toBe(first);
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 2]);
    expect((await given.reservations.getById(first)).version).toBe(1);
  });

  it('records a shortage as a failed reservation, holding nothing anywhere, and succeeds so its event commits', async () => {
    await given.onHand('MUG', 'KBP-1', 5);
    await given.onHand('TEE', 'KBP-1', 3, 2);

    const id = await handler.execute(
      new ReserveStock(ORDER, [
        { sku: 'MUG', quantity: 1 },
        { sku: 'TEE', quantity: 2 },
      ]),
    );

    const reservation = await given.reservations.getById(id);
    expect(reservation.status).toBe('failed');
    expect(reservation.shortages.map((s) => [s.sku, s.requested.toNumber(), s.available.toNumber()])).toEqual([['TEE', 2, 1]]);
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 0]);
    expect(await given.level('TEE', 'KBP-1')).toEqual([3, 2]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockReservationFailed]);
  });

  it('tries a failed reservation again on a repeat, and holds it once the stock arrived', async () => {
    const id = await handler.execute(new ReserveStock(ORDER, [{ sku: 'MUG', quantity: 2 }]));
    await given.onHand('MUG', 'LWO-1', 2);

    expect(await handler.execute(new ReserveStock(ORDER, [{ sku: 'MUG', quantity: 2 }]))).toBe(id);

    expect((await given.reservations.getById(id)).status).toBe('held');
    expect(await given.level('MUG', 'LWO-1')).toEqual([2, 2]);
  });

  it('holds nothing from an inactive warehouse', async () => {
    await given.onHand('MUG', 'KBP-1', 5);
    given.stock.inactiveWarehouses.add('KBP-1');

    const id = await handler.execute(new ReserveStock(ORDER, [{ sku: 'MUG', quantity: 1 }]));

    expect((await given.reservations.getById(id)).status).toBe('failed');
  });

  it('records an unknown product and a discontinued one as a failed reservation naming why, with what else is short', async () => {
    const discontinued = await given.product('OLD');
    discontinued.discontinue();
    await given.products.save(discontinued);
    await given.onHand('OLD', 'KBP-1', 5);
    await given.onHand('MUG', 'KBP-1', 1);

    const id = await handler.execute(
      new ReserveStock(ORDER, [
        { sku: 'nope', quantity: 1.5 },
        { sku: 'MUG', quantity: 2 },
        { sku: 'old', quantity: 1 },
      ]),
    );

    const reservation = await given.reservations.getById(id);
    expect(reservation.status).toBe('failed');
    expect(reservation.shortages.map((s) => [s.sku, s.requested.toNumber(), s.available.toNumber(), s.reason])).toEqual([
      ['NOPE', 1.5, 0, 'unknown'],
      ['MUG', 2, 1, 'insufficient'],
      ['OLD', 1, 0, 'discontinued'],
    ]);
    expect(await given.level('OLD', 'KBP-1')).toEqual([5, 0]);
    expect(await given.level('MUG', 'KBP-1')).toEqual([1, 0]);
    const [failed] = given.reservations.published as StockReservationFailed[];
    expect(failed.payload.shortages.map((s) => s.reason)).toEqual(['unknown', 'insufficient', 'discontinued']);
    expect(() => reservation.assertNotShort()).toThrow(expect.objectContaining({ code: 'PRODUCT_NOT_FOUND' }));
  });

  it('fails a reservation whose only refusal is a discontinued product, holding the other lines nowhere', async () => {
    const discontinued = await given.product('OLD');
    discontinued.discontinue();
    await given.products.save(discontinued);
    await given.onHand('MUG', 'KBP-1', 5);

    const id = await handler.execute(
      new ReserveStock(ORDER, [
        { sku: 'MUG', quantity: 1 },
        { sku: 'OLD', quantity: 1 },
      ]),
    );

    const reservation = await given.reservations.getById(id);
    expect(reservation.shortages.map((s) => [s.sku, s.reason])).toEqual([['OLD', 'discontinued']]);
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 0]);
    expect(() => reservation.assertNotShort()).toThrow(expect.objectContaining({ code: 'PRODUCT_DISCONTINUED' }));
  });

  it('keeps one failed reservation per order however often an unknown product is asked for', async () => {
    const first = await handler.execute(new ReserveStock(ORDER, [{ sku: 'NOPE', quantity: 1 }]));

    const again = await handler.execute(new ReserveStock(ORDER, [{ sku: 'NOPE', quantity: 1 }]));

    expect(again).toBe(first);
    expect(given.reservations.all()).toHaveLength(1);
  });

  it('refuses a quantity its product is not counted in with QUANTITY_INVALID', async () => {
    await given.onHand('MUG', 'KBP-1', 5);
    await expect(handler.execute(new ReserveStock(ORDER, [{ sku: 'MUG', quantity: 1.5 }]))).rejects.toMatchObject({
      code: 'QUANTITY_INVALID',
    });
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 0]);
  });
});
