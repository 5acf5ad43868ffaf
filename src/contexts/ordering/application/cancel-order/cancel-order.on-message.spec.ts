import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { CancelOrderMessage } from '../../contracts';
import { OrderCancelled } from '../../domain/events/order-cancelled.event';
import { OrderStatus } from '../../domain/order/order-status';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { orderCommandsOver } from '../testing/order-commands';
import { storedOrderIn } from '../testing/orders-in';
import { CancelOrderOnMessage } from './cancel-order.on-message';

describe('CancelOrderOnMessage', () => {
  let orders: InMemoryOrderRepository;
  let handler: CancelOrderOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new CancelOrderOnMessage(orderCommandsOver(orders));
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  const message = (orderId: string, reason = 'out of stock: SKU-1 (2 requested, 0 available)') =>
    new CancelOrderMessage({ orderId, reason });

  it('accepts ordering.cancel-order under its stable id', () => {
    expect(eventHandlerOf(CancelOrderOnMessage)).toEqual({ id: 'ordering.cancel-order-on-message', events: [CancelOrderMessage] });
  });

  it.each<OrderStatus>(['placed', 'confirmed'])(
    'cancels a %s order of any customer with the reason, raising OrderCancelled',
    async (status) => {
      const id = await storedOrderIn(orders, status);

      await handler.handle(message(id));

      expect(await orders.getById(id)).toMatchObject({
        status: 'cancelled',
        cancellationReason: 'out of stock: SKU-1 (2 requested, 0 available)',
      });
      expect(orders.published).toHaveLength(1);
      expect((orders.published[0] as OrderCancelled).payload).toMatchObject({ orderId: id, wasPlaced: true });
      expect(warn).not.toHaveBeenCalled();
    },
  );

  it('does nothing more on a repeat: the first reason stays and OrderCancelled is raised once', async () => {
    const id = await storedOrderIn(orders, 'placed');
    await handler.handle(message(id, 'payment failed: card_declined'));

    await expect(handler.handle(message(id, 'payment not confirmed within 30 minutes'))).resolves.toBeUndefined();

    expect(await orders.getById(id)).toMatchObject({ cancellationReason: 'payment failed: card_declined', version: 2 });
    expect(orders.published).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ORDER_NOT_CANCELLABLE'));
  });

  it.each<OrderStatus>(['shipped', 'delivered'])('leaves a %s order as it is, with a warning, and does not throw', async (status) => {
    const id = await storedOrderIn(orders, status);

    await expect(handler.handle(message(id))).resolves.toBeUndefined();

    expect(await orders.getById(id)).toMatchObject({ status, cancellationReason: null, version: 1 });
    expect(orders.published).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`cancelling order ${id} no longer applies`));
  });
});
