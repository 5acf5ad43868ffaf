import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { ReleaseReservationMessage } from '../../contracts';
import { StockReleased } from '../../domain/events/stock-released.event';
import { ConfirmReservation } from '../confirm-reservation/confirm-reservation.command';
import { IssueReservation } from '../issue-reservation/issue-reservation.command';
import { ReservationCommands } from '../testing/reservation-commands';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ReleaseReservationOnMessage } from './release-reservation.on-message';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const release = (orderId = ORDER) => new ReleaseReservationMessage({ orderId, reason: 'payment failed: card_declined' });

describe('ReleaseReservationOnMessage', () => {
  let given: ReservationFixture;
  let commands: ReservationCommands;
  let onMessage: ReleaseReservationOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(async () => {
    given = new ReservationFixture();
    commands = new ReservationCommands(given);
    onMessage = new ReleaseReservationOnMessage(commands);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 3);
    await given.onHand('MUG', 'LWO-1', 4);
  });

  afterEach(() => jest.restoreAllMocks());

  it('accepts warehouse.release-reservation under its stable id', () => {
    expect(eventHandlerOf(ReleaseReservationOnMessage)).toEqual({
      id: 'warehouse.release-reservation-on-message',
      events: [ReleaseReservationMessage],
    });
  });

  it("lets the order's held stock go in every warehouse, once however often it is asked", async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 6 }]);

    await onMessage.handle(release());
    await onMessage.handle(release());

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'released', version: 2 });
    expect(await given.level('MUG', 'KBP-1')).toEqual([3, 0]);
    expect(await given.level('MUG', 'LWO-1')).toEqual([4, 0]);
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([StockReleased]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('releases a confirmed reservation too', async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);
    await commands.execute(new ConfirmReservation(ORDER));

    await onMessage.handle(release());

    expect((await given.reservations.getById(id)).status).toBe('released');
    expect(await given.level('MUG', 'LWO-1')).toEqual([4, 0]);
  });

  it('leaves an issued reservation and its stock as they are, with a warning, and resolves', async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);
    await commands.execute(new IssueReservation(id, 'test'));
    given.reservations.published.length = 0;

    await expect(onMessage.handle(release())).resolves.toBeUndefined();

    expect((await given.reservations.getById(id)).status).toBe('committed');
    expect(await given.level('MUG', 'LWO-1')).toEqual([2, 0]);
    expect(given.reservations.published).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`reservation ${id} is committed: nothing to release`));
  });

  it('resolves with a warning for an order it never reserved for', async () => {
    await expect(onMessage.handle(release())).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('(payment failed: card_declined), but it has no reservation'));
  });
});
