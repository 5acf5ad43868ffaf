import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { IssueReservationMessage } from '../../contracts';
import { StockIssued } from '../../domain/events/stock-issued.event';
import { ConfirmReservation } from '../confirm-reservation/confirm-reservation.command';
import { ReleaseReservation } from '../release-reservation/release-reservation.command';
import { ReservationCommands } from '../testing/reservation-commands';
import { ReservationFixture } from '../testing/reservation-fixture';
import { IssueReservationOnMessage } from './issue-reservation.on-message';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const issue = () => new IssueReservationMessage({ orderId: ORDER });

describe('IssueReservationOnMessage', () => {
  let given: ReservationFixture;
  let commands: ReservationCommands;
  let onMessage: IssueReservationOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(async () => {
    given = new ReservationFixture();
    commands = new ReservationCommands(given);
    onMessage = new IssueReservationOnMessage(commands);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 3);
    await given.onHand('MUG', 'LWO-1', 4);
  });

  afterEach(() => jest.restoreAllMocks());

  it('accepts warehouse.issue-reservation under its stable id', () => {
    expect(eventHandlerOf(IssueReservationOnMessage)).toEqual({
      id: 'warehouse.issue-reservation-on-message',
      events: [IssueReservationMessage],
    });
  });

  it("takes the order's confirmed stock out of each warehouse once, the ledger naming the message as actor", async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 6 }]);
    await commands.execute(new ConfirmReservation(ORDER));
    given.reservations.published.length = 0;

    await onMessage.handle(issue());
    await onMessage.handle(issue());

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'committed', version: 3 });
    expect(await given.level('MUG', 'KBP-1')).toEqual([1, 0]);
    expect(await given.level('MUG', 'LWO-1')).toEqual([0, 0]);
    expect(given.stock.movements.map((m) => [m.type, m.warehouseCode, m.quantity.toNumber(), m.reference, m.actor])).toEqual([
      ['issue', 'KBP-1', 2, ORDER, 'warehouse.issue-reservation'],
      ['issue', 'LWO-1', 4, ORDER, 'warehouse.issue-reservation'],
    ]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockIssued]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('issues nothing from a released reservation, with a warning, and resolves', async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);
    await commands.execute(new ReleaseReservation(id));

    await expect(onMessage.handle(issue())).resolves.toBeUndefined();

    expect((await given.reservations.getById(id)).status).toBe('released');
    expect(given.stock.movements).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`reservation ${id} is released: nothing issued`));
  });

  it('resolves with a warning for an order it never reserved for', async () => {
    await expect(onMessage.handle(issue())).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('it has no reservation'));
  });
});
