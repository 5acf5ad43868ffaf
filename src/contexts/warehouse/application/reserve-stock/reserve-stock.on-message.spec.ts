import { eventHandlerOf } from '@promenade/messaging';
import { ReserveStockMessage } from '../../contracts';
import { ReservationExpiryDue } from '../../domain/events/reservation-expiry-due.event';
import { StockReservationFailed } from '../../domain/events/stock-reservation-failed.event';
import { StockReserved } from '../../domain/events/stock-reserved.event';
import { ReservationCommands } from '../testing/reservation-commands';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ReserveStockOnMessage } from './reserve-stock.on-message';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const reserve = (lines: Array<{ sku: string; quantity: number }>) => new ReserveStockMessage({ orderId: ORDER, lines });

describe('ReserveStockOnMessage', () => {
  let given: ReservationFixture;
  let onMessage: ReserveStockOnMessage;

  beforeEach(async () => {
    given = new ReservationFixture();
    onMessage = new ReserveStockOnMessage(new ReservationCommands(given));
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 5);
  });

  it('accepts warehouse.reserve-stock under its stable id', () => {
    expect(eventHandlerOf(ReserveStockOnMessage)).toEqual({ id: 'warehouse.reserve-stock-on-message', events: [ReserveStockMessage] });
  });

  it("holds the order's lines once, however often it is asked", async () => {
    await onMessage.handle(reserve([{ sku: 'MUG', quantity: 2 }]));
    await onMessage.handle(reserve([{ sku: 'MUG', quantity: 2 }]));

    expect(given.reservations.all()).toEqual([expect.objectContaining({ orderId: ORDER, status: 'held' })]);
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 2]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockReserved, ReservationExpiryDue]);
  });

  it('asks for the lines naming one product in different cases as one line', async () => {
    await onMessage.handle(
      reserve([
        { sku: 'mug', quantity: 1 },
        { sku: 'MUG', quantity: 2 },
      ]),
    );

    const [reservation] = given.reservations.all();
    expect(reservation.lines.map((line) => [line.sku, line.quantity.toNumber()])).toEqual([['MUG', 3]]);
    expect(await given.level('MUG', 'KBP-1')).toEqual([5, 3]);
  });

  it.each([
    ['an unknown product', 'NOPE', 'unknown'],
    ['a discontinued product', 'OLD', 'discontinued'],
  ])(
    'records %s as a failed reservation and its failure event, without throwing; a repeat tries the same one again',
    async (_, sku, reason) => {
      const old = await given.product('OLD');
      old.discontinue();
      await given.products.save(old);
      await given.onHand('OLD', 'KBP-1', 5);

      await expect(onMessage.handle(reserve([{ sku, quantity: 1 }]))).resolves.toBeUndefined();
      await expect(onMessage.handle(reserve([{ sku, quantity: 1 }]))).resolves.toBeUndefined();

      expect(given.reservations.all()).toEqual([expect.objectContaining({ orderId: ORDER, status: 'failed' })]);
      const failures = given.reservations.published.filter(
        (event): event is StockReservationFailed => event instanceof StockReservationFailed,
      );
      expect(failures.map((failure) => failure.payload)).toEqual([
        { reservationId: failures[0].payload.reservationId, orderId: ORDER, shortages: [{ sku, requested: 1, available: 0, reason }] },
        failures[0].payload,
      ]);
      expect(await given.level('OLD', 'KBP-1')).toEqual([5, 0]);
    },
  );
});
