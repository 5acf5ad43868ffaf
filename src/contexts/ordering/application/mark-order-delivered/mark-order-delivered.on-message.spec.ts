import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { MarkOrderDeliveredMessage } from '../../contracts';
import { OrderDelivered } from '../../domain/events/order-delivered.event';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { orderCommandsOver } from '../testing/order-commands';
import { storedOrderIn } from '../testing/orders-in';
import { MarkOrderDeliveredOnMessage } from './mark-order-delivered.on-message';

describe('MarkOrderDeliveredOnMessage', () => {
  let orders: InMemoryOrderRepository;
  let handler: MarkOrderDeliveredOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new MarkOrderDeliveredOnMessage(orderCommandsOver(orders));
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  it('accepts ordering.mark-order-delivered under its stable id', () => {
    expect(eventHandlerOf(MarkOrderDeliveredOnMessage)).toEqual({
      id: 'ordering.mark-order-delivered-on-message',
      events: [MarkOrderDeliveredMessage],
    });
  });

  it('marks a shipped order delivered, which raises OrderDelivered once, even when the request is repeated', async () => {
    const id = await storedOrderIn(orders, 'shipped');

    await handler.handle(new MarkOrderDeliveredMessage({ orderId: id }));
    await expect(handler.handle(new MarkOrderDeliveredMessage({ orderId: id }))).resolves.toBeUndefined();

    expect(await orders.getById(id)).toMatchObject({ status: 'delivered', version: 2 });
    expect(orders.published.map((event) => event.constructor)).toEqual([OrderDelivered]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ORDER_NOT_DELIVERABLE'));
  });

  it('leaves an order not shipped as it is, with a warning, and does not throw', async () => {
    const id = await storedOrderIn(orders, 'cancelled');

    await expect(handler.handle(new MarkOrderDeliveredMessage({ orderId: id }))).resolves.toBeUndefined();

    expect(await orders.getById(id)).toMatchObject({ status: 'cancelled', deliveredAt: null, version: 1 });
    expect(orders.published).toEqual([]);
  });
});
