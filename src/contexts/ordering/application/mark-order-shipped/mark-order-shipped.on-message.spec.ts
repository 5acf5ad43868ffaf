import { Logger } from '@nestjs/common';
import { eventHandlerOf } from '@promenade/messaging';
import { MarkOrderShippedMessage } from '../../contracts';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { orderCommandsOver } from '../testing/order-commands';
import { storedOrderIn } from '../testing/orders-in';
import { MarkOrderShippedOnMessage } from './mark-order-shipped.on-message';

describe('MarkOrderShippedOnMessage', () => {
  let orders: InMemoryOrderRepository;
  let handler: MarkOrderShippedOnMessage;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new MarkOrderShippedOnMessage(orderCommandsOver(orders));
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  const message = (orderId: string) => new MarkOrderShippedMessage({ orderId, carrier: 'DHL', trackingNumber: 'JD014600' });

  it('accepts ordering.mark-order-shipped under its stable id', () => {
    expect(eventHandlerOf(MarkOrderShippedOnMessage)).toEqual({
      id: 'ordering.mark-order-shipped-on-message',
      events: [MarkOrderShippedMessage],
    });
  });

  it('marks a confirmed order shipped with the carrier and tracking number', async () => {
    const id = await storedOrderIn(orders, 'confirmed');

    await handler.handle(message(id));

    expect(await orders.getById(id)).toMatchObject({ status: 'shipped', shipment: { carrier: 'DHL', trackingNumber: 'JD014600' } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('does nothing more on a repeat, with a warning', async () => {
    const id = await storedOrderIn(orders, 'confirmed');
    await handler.handle(message(id));

    await expect(handler.handle(message(id))).resolves.toBeUndefined();

    const order = await orders.getById(id);
    expect(order.version).toBe(2);
    expect(order.timeline.filter((entry) => entry.type === 'shipped')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ORDER_NOT_SHIPPABLE'));
  });

  it('leaves a cancelled order as it is, with a warning, and does not throw', async () => {
    const id = await storedOrderIn(orders, 'cancelled');

    await expect(handler.handle(message(id))).resolves.toBeUndefined();

    expect(await orders.getById(id)).toMatchObject({ status: 'cancelled', shipment: null, version: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`marking order ${id} shipped no longer applies`));
  });
});
