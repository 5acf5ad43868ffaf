import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { ConfirmOrderMessage } from '../../contracts';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { orderCommandsOver } from '../testing/order-commands';
import { PAYMENT, storedOrderIn } from '../testing/orders-in';
import { ConfirmOrderOnMessage } from './confirm-order.on-message';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('ConfirmOrderOnMessage', () => {
  let orders: InMemoryOrderRepository;
  let handler: ConfirmOrderOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new ConfirmOrderOnMessage(orderCommandsOver(orders));
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  const message = (orderId: string) => new ConfirmOrderMessage({ orderId, paymentId: PAYMENT });

  it('accepts ordering.confirm-order under its stable id', () => {
    expect(eventHandlerOf(ConfirmOrderOnMessage)).toEqual({ id: 'ordering.confirm-order-on-message', events: [ConfirmOrderMessage] });
    expect([ConfirmOrderMessage.eventName, ConfirmOrderMessage.eventVersion]).toEqual(['ordering.confirm-order', 1]);
  });

  it('confirms a placed order', async () => {
    const id = await storedOrderIn(orders, 'placed');

    await handler.handle(message(id));

    expect(await orders.getById(id)).toMatchObject({ status: 'confirmed', version: 2 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('does nothing more on a repeat (another message for the same order), with a warning', async () => {
    const id = await storedOrderIn(orders, 'placed');
    await handler.handle(message(id));

    await expect(handler.handle(message(id))).resolves.toBeUndefined();

    const order = await orders.getById(id);
    expect(order).toMatchObject({ status: 'confirmed', version: 2 });
    expect(order.timeline.filter((entry) => entry.type === 'confirmed')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ORDER_NOT_CONFIRMABLE'));
  });

  it('leaves an order cancelled meanwhile as it is, with a warning, and does not throw', async () => {
    const id = await storedOrderIn(orders, 'cancelled');

    await expect(handler.handle(message(id))).resolves.toBeUndefined();

    expect(await orders.getById(id)).toMatchObject({ status: 'cancelled', version: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`confirming order ${id} no longer applies.*ORDER_NOT_CONFIRMABLE`)));
  });

  it('leaves a message for an unknown order aside with a warning', async () => {
    await expect(handler.handle(message(UNKNOWN))).resolves.toBeUndefined();

    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ORDER_NOT_FOUND'));
  });
});
