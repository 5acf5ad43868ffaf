import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { ConfirmReservationMessage } from '../../contracts';
import { ReservationConfirmed } from '../../domain/events/reservation-confirmed.event';
import { ReservationCommands } from '../testing/reservation-commands';
import { ReservationFixture } from '../testing/reservation-fixture';
import { ConfirmReservationOnMessage } from './confirm-reservation.on-message';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('ConfirmReservationOnMessage', () => {
  let given: ReservationFixture;
  let onMessage: ConfirmReservationOnMessage;

  beforeEach(async () => {
    given = new ReservationFixture();
    onMessage = new ConfirmReservationOnMessage(new ReservationCommands(given));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'log').mockImplementation();
    await given.product('MUG');
    await given.onHand('MUG', 'KBP-1', 5);
  });

  afterEach(() => jest.restoreAllMocks());

  it('accepts warehouse.confirm-reservation under its stable id', () => {
    expect(eventHandlerOf(ConfirmReservationOnMessage)).toEqual({
      id: 'warehouse.confirm-reservation-on-message',
      events: [ConfirmReservationMessage],
    });
  });

  it("confirms the order's held reservation once, however often it is asked", async () => {
    const id = await given.reserved(ORDER, [{ sku: 'MUG', quantity: 2 }]);

    await onMessage.handle(new ConfirmReservationMessage({ orderId: ORDER }));
    await onMessage.handle(new ConfirmReservationMessage({ orderId: ORDER }));

    expect(await given.reservations.getById(id)).toMatchObject({ status: 'held', expiresAt: null, version: 2 });
    expect(given.reservations.published.map((event) => event.constructor)).toEqual([ReservationConfirmed]);
  });

  it('resolves without a change for an order it has no reservation of', async () => {
    await expect(onMessage.handle(new ConfirmReservationMessage({ orderId: ORDER }))).resolves.toBeUndefined();
    expect(given.reservations.all()).toEqual([]);
  });
});
