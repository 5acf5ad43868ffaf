import { StockIssued } from '../../domain/events/stock-issued.event';
import { ReservationFixture } from '../testing/reservation-fixture';
import { IssueReservation } from './issue-reservation.command';
import { IssueReservationHandler } from './issue-reservation.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const CLERK = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051ff';

describe('IssueReservationHandler', () => {
  let given: ReservationFixture;
  let handler: IssueReservationHandler;
  let held: string;

  beforeEach(async () => {
    given = new ReservationFixture();
    handler = new IssueReservationHandler(given.reservations, given.stock);
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 3);
    await given.onHand('MUG', 'LWO-1', 4);
    held = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 6 }]);
  });

  it('takes the allocated quantities out of each warehouse, an issue in the ledger naming the order and the actor', async () => {
    await handler.execute(new IssueReservation(held, CLERK));

    expect((await given.reservations.getById(held)).status).toBe('committed');
    expect(await given.level('MUG', 'KBP-1')).toEqual([1, 0]);
    expect(await given.level('MUG', 'LWO-1')).toEqual([0, 0]);
    expect(given.stock.movements.map((m) => [m.type, m.warehouseCode, m.quantity.toNumber(), m.reference, m.actor])).toEqual([
      ['issue', 'KBP-1', 2, ORDER, CLERK],
      ['issue', 'LWO-1', 4, ORDER, CLERK],
    ]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockIssued]);
  });

  it('refuses to issue twice with RESERVATION_NOT_HELD, taking nothing more', async () => {
    await handler.execute(new IssueReservation(held, CLERK));

    await expect(handler.execute(new IssueReservation(held, CLERK))).rejects.toMatchObject({ code: 'RESERVATION_NOT_HELD' });

    expect(await given.level('MUG', 'KBP-1')).toEqual([1, 0]);
    expect(given.stock.movements).toHaveLength(2);
  });

  it('refuses an unknown id with RESERVATION_NOT_FOUND', async () => {
    await expect(handler.execute(new IssueReservation('0190a5b0-7c4e-7d2a-9b3c-000000000000', CLERK))).rejects.toMatchObject({
      code: 'RESERVATION_NOT_FOUND',
    });
  });
});
